namespace NewsNlp.Stance;

/// <summary>
/// Fast: n-grams and cues only, cheap enough for every article. Accurate: adds MiniLM sentence
/// embeddings (of statement and topic, or of the sentence), at ~70 sentences/s on two cores.
/// </summary>
public enum ModelMode
{
    Fast,
    Accurate,
}

/// <summary>Names, versions and files of the shipped stance and portrayal models.</summary>
public static class StanceModels
{
    /// <summary>Bumped whenever features, training data or defaults change what a model predicts.</summary>
    public const string Version = "3.0.0";

    /// <summary>
    /// Version of the stance models alone (stance-fast, stance-accurate): bumped apart from <see cref="Version"/>,
    /// which portrayal keeps, so a stance retraining does not rename an unchanged portrayal model.
    /// </summary>
    public const string StanceVersion = "4.0.0";

    public static string StanceName(ModelMode mode) => mode == ModelMode.Fast ? "stance-fast" : "stance-accurate";

    public static string PortrayalName(ModelMode mode) => mode == ModelMode.Fast ? "portrayal-fast" : "portrayal-accurate";

    public static string FileName(string name) => name + ".bin";

    /// <summary>The value of the output's model column: name@version.</summary>
    public static string Tag(string name) => name + "@" + VersionOf(name);

    public static string VersionOf(string name) => name.StartsWith("stance", StringComparison.Ordinal) ? StanceVersion : Version;
}
