namespace NewsNlp.Repair.Contextual;

/// <summary>
/// One contextual vector per word, from the uncased all-MiniLM-L6-v2 transformer's last layer: the live
/// encoder in the pipeline, a disk cache in train and eval runs, a fixed table in tests. The model is
/// uncased, so a lower-cased text gets the same vectors as its cased original.
/// </summary>
public interface IContextualWordVectors
{
    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>
    /// For each span, the vectors of its words, in order; batched, since the transformer runs faster on
    /// several spans at once.
    /// </summary>
    IReadOnlyList<float[][]> Vectors(IReadOnlyList<WordSpan> spans);
}

/// <summary>
/// A stretch of <paramref name="Text"/> encoded on its own (a sentence): characters [Start, End), with
/// its words as character ranges of the whole text.
/// </summary>
public sealed record WordSpan(string Text, int Start, int End, IReadOnlyList<(int Start, int End)> Words);
