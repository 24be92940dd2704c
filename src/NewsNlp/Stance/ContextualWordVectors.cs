using NewsNlp.Analysis.Contextual;

namespace NewsNlp.Stance;

/// <summary>
/// <see cref="IWordVectorSource"/> over the shared <see cref="ContextualEncoder"/>: each word's vector is the
/// mean of its word pieces' last hidden states (a name of several pieces is read whole). With a
/// <see cref="ContextualVectorCache"/> (train and eval commands), inputs seen before are read from disk and
/// the rest encoded in chunks, so a long run reports progress and an interrupted one keeps what it did.
/// </summary>
public sealed class ContextualWordVectors(ContextualVectorCache? cache = null, Action<int, int>? progress = null) : IWordVectorSource
{
    // Inputs per encoder call: small enough to report progress and, with a cache, save work often.
    private const int Chunk = 256;

    private static readonly ContextualOptions Options = new(WordPooling.MeanOfPieces);

    private static readonly Lazy<ContextualWordVectors> LiveInstance = new(() => new(), LazyThreadSafetyMode.ExecutionAndPublication);

    // Reserved when this source is made (an accurate model being loaded), not at the first sentence.
    private readonly ContextualEncoder _encoder = ContextualEncoder.Reserve(ContextualEncoder.LastLayer);

    /// <summary>The live encoder without a cache: what the pipeline uses.</summary>
    public static ContextualWordVectors Live => LiveInstance.Value;

    public float[][] WordVectors(IReadOnlyList<TargetWords> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var contextual = inputs.Select(i => new ContextualInput(i.Text, [.. i.Words.Select(w => new WordRange(w.Start, w.End))])).ToArray();
        return [.. ContextualVectorCache.Encode(cache, contextual, Options, Chunk, progress, _encoder).Select(v => v.Data)];
    }
}
