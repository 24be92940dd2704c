namespace NewsNlp.Stance;

/// <summary>
/// One row for the ML.NET classifiers, shared by stance and portrayal: a marked text, a second
/// text (the topic, or the words around the target), dense features (cues, and sentence
/// embeddings in accurate mode) and the label when training.
/// </summary>
public sealed class ModelInput
{
    public string Text { get; set; } = string.Empty;

    public string Context { get; set; } = string.Empty;

    /// <summary>Dense features; their count is fixed per model and declared in the schema at run time.</summary>
    public float[] Dense { get; set; } = [];

    public string Label { get; set; } = string.Empty;

    /// <summary>Training weight; lets the few in-domain rows count against thousands of debate rows.</summary>
    public float Weight { get; set; } = 1f;
}
