namespace NewsNlp.Stance;

/// <summary>
/// Turns (sentence, target span) into classifier rows: the sentence with the target replaced by a
/// placeholder, the few words around the target, the stance cues and the <see cref="PortrayalCues"/> (word
/// sentiment by side of the target, its role as speaker or inside a quote), and in accurate mode the
/// MiniLM embeddings of the sentence and of the target's local context (which tells two targets of
/// one sentence apart), optionally followed by the target's contextual word vectors
/// (<see cref="TargetVectorOptions"/>).
/// </summary>
/// <param name="lexicon">Word sentiment for <see cref="PortrayalCues"/>; stored in the model file.</param>
/// <param name="targetVectors">The contextual target features; null for none (fast mode, 4.x models).</param>
public sealed class PortrayalFeaturizer(ModelMode mode, IEmbeddingSource? embeddings, PortrayalLexicon lexicon, TargetVectorOptions? targetVectors = null, IWordVectorSource? wordVectors = null)
{
    // Words on each side of the target that form the context column.
    private const int WindowReach = 4;

    // Words on each side of the target in the embedded local context.
    private const int LocalContextReach = 6;

    public ModelMode Mode { get; } = mode;

    public PortrayalLexicon Lexicon { get; } = lexicon;

    // Where the embeddings start among the dense features.
    private const int EmbeddingOffset = StanceCues.Count + PortrayalCues.Count;

    public TargetVectorOptions? TargetVectors { get; } = mode == ModelMode.Accurate ? targetVectors : null;

    // Where the target vectors start among the dense features: after everything else.
    private int TargetVectorOffset => EmbeddingOffset + (Mode == ModelMode.Accurate ? 2 * SentenceEmbedder.Dimensions : 0);

    /// <summary>Dense features of a row: what the perceptrons read.</summary>
    public int DenseCount => TargetVectorOffset + (TargetVectors?.Count ?? 0);

    /// <summary>The leading dense features the linear model reads: all, unless the target vectors are the perceptrons' only.</summary>
    public int LinearDenseCount => TargetVectors is { PerceptronOnly: true } ? TargetVectorOffset : DenseCount;

    public ModelInput[] Build(IReadOnlyList<(string Sentence, int TargetStart, int TargetEnd)> items)
    {
        float[][]? vectors = null, local = null;
        if (Mode == ModelMode.Accurate)
        {
            var source = embeddings ?? throw new InvalidOperationException("Accurate mode needs sentence embeddings.");
            vectors = source.Sentences(items.Select(x => x.Sentence).ToArray());
            local = source.Sentences(items.Select(x => TextMarking.AroundTarget(x.Sentence, x.TargetStart, x.TargetEnd, LocalContextReach)).ToArray());
        }

        TargetWords[]? words = null;
        float[][]? targetWordVectors = null;
        if (TargetVectors is { } options)
        {
            var source = wordVectors ?? throw new InvalidOperationException("The target vectors need contextual word vectors.");
            words = [.. items.Select(x => TargetWords.Of(x.Sentence, x.TargetStart, x.TargetEnd, options.Marking, options.Reach))];
            targetWordVectors = source.WordVectors(words);
        }

        var rows = new ModelInput[items.Count];
        var (text, context) = (new CharBuffer(), new CharBuffer());
        for (var i = 0; i < items.Count; i++)
        {
            var (sentence, start, end) = items[i];
            var dense = new float[DenseCount];
            WriteRow(sentence, start, end, dense, text, context);
            vectors?[i].CopyTo(dense.AsSpan(EmbeddingOffset));
            local?[i].CopyTo(dense.AsSpan(EmbeddingOffset + SentenceEmbedder.Dimensions));
            if (words != null && targetWordVectors != null)
            {
                TargetVectors!.Pool(words[i], targetWordVectors[i], dense.AsSpan(TargetVectorOffset));
            }
            rows[i] = new ModelInput
            {
                Text = text.ToString(),
                Context = context.ToString(),
                Dense = dense,
            };
        }

        return rows;
    }

    /// <summary>
    /// One item's row but for accurate mode's embeddings and target vectors: the marked sentence into
    /// <paramref name="text"/>, the words around the target into <paramref name="context"/>, the stance and
    /// portrayal cues into the first dense values.
    /// </summary>
    internal void WriteRow(ReadOnlySpan<char> sentence, int start, int end, Span<float> dense, CharBuffer text, CharBuffer context)
    {
        PortrayalCues.Write(sentence, start, end, Lexicon, dense.Slice(StanceCues.Count, PortrayalCues.Count), dense[..StanceCues.Count]);
        TextMarking.MarkTarget(sentence, start, end, text);
        TextMarking.TargetWindow(sentence, start, end, WindowReach, context);
    }
}
