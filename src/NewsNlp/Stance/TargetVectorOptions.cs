namespace NewsNlp.Stance;

/// <summary>
/// The contextual target features of accurate portrayal: the mean last-layer vector of the target's words
/// (the encoder has read the whole sentence, so the vector says what the sentence does to this mention, which
/// a sentence embedding cannot tell apart from what it does to another) and, with <see cref="Reach"/> above
/// 0, the mean vector of up to that many words on each side. <see cref="PerceptronOnly"/> keeps them out of
/// the linear model, which loses dev F1 with every extra block of 384 dense dimensions on 8,739 rows.
/// Stored in the model file, so a loaded model computes what it was trained on.
/// </summary>
public sealed record TargetVectorOptions(TargetMarking Marking, int Reach, bool PerceptronOnly)
{
    // More context words than this means a damaged file.
    private const int MaxReach = 64;

    /// <summary>Dense features added: the target's vector, and the context's when <see cref="Reach"/> is above 0.</summary>
    public int Count => SentenceEmbedder.Dimensions * (Reach > 0 ? 2 : 1);

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write((int)Marking);
        writer.Write(Reach);
        writer.Write(PerceptronOnly);
    }

    public static TargetVectorOptions Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var marking = (TargetMarking)reader.ReadInt32();
        var reach = reader.ReadInt32();
        var perceptronOnly = reader.ReadBoolean();
        if (!Enum.IsDefined(marking) || reach is < 0 or > MaxReach)
        {
            throw new InvalidDataException($"Not a NewsNlp portrayal model: target marking {marking}, context reach {reach}.");
        }

        return new TargetVectorOptions(marking, reach, perceptronOnly);
    }

    /// <summary>
    /// Writes the pooled vectors of one pair into <paramref name="destination"/> (<see cref="Count"/> floats):
    /// the mean over the target's words, then over its context words; a block without words stays zero.
    /// </summary>
    /// <param name="vectors">The words' vectors as <see cref="IWordVectorSource"/> gives them.</param>
    public void Pool(TargetWords words, ReadOnlySpan<float> vectors, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(words);
        const int dimensions = SentenceEmbedder.Dimensions;
        destination[..Count].Clear();
        MeanInto(Enumerable.Range(words.TargetFrom, words.TargetTo - words.TargetFrom), vectors, destination[..dimensions]);
        if (Reach > 0)
        {
            MeanInto(words.Context, vectors, destination.Slice(dimensions, dimensions));
        }
    }

    private static void MeanInto(IEnumerable<int> wordIndices, ReadOnlySpan<float> vectors, Span<float> mean)
    {
        var count = 0;
        foreach (var w in wordIndices)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(mean, vectors.Slice(w * mean.Length, mean.Length), mean);
            count++;
        }

        if (count > 1)
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(mean, count, mean);
        }
    }
}
