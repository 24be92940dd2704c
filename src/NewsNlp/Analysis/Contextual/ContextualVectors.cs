namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// The encoder's output for one input: one <see cref="ContextualEncoder.Dimensions"/>-float vector per word
/// (row-major in <see cref="Data"/>) and, when asked for, the sentence vector.
/// </summary>
public sealed class ContextualVectors
{
    public ContextualVectors(int count, float[] data, float[]? sentence)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNotEqual(data.Length, count * ContextualEncoder.Dimensions);
        Count = count;
        Data = data;
        Sentence = sentence;
    }

    /// <summary>The number of words.</summary>
    public int Count { get; }

    /// <summary>Count × Dimensions floats, the vector of word i at i × Dimensions.</summary>
    public float[] Data { get; }

    /// <summary>The mean of the encoder layer's hidden states over all pieces, L2-normalised; null when not asked for.</summary>
    public float[]? Sentence { get; }

    /// <summary>The vector of word <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> Word(int index) => Data.AsSpan(index * ContextualEncoder.Dimensions, ContextualEncoder.Dimensions);
}
