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
    /// <summary>The stance models' version: bumped whenever features, training data or defaults change what they predict.</summary>
    public const string Version = "5.0.0";

    /// <summary>The portrayal models' version, bumped on its own: they change apart from the stance models.</summary>
    public const string PortrayalVersion = "4.2.0";

    public static string StanceName(ModelMode mode) => mode == ModelMode.Fast ? "stance-fast" : "stance-accurate";

    public static string PortrayalName(ModelMode mode) => mode == ModelMode.Fast ? "portrayal-fast" : "portrayal-accurate";

    public static string FileName(string name) => name + ".bin";

    /// <summary>The value of the output's model column: name@version.</summary>
    public static string Tag(string name) => name + "@" + VersionOf(name);

    public static string VersionOf(string name) => name.StartsWith("portrayal-", StringComparison.Ordinal) ? PortrayalVersion : Version;
}
