using NewsNlp.Analysis.Contextual;
using NewsNlp.Stance;

namespace NewsNlp.Cli.Commands;

/// <summary>The embeddings train/eval commands use: cached on disk, with progress on stderr.</summary>
internal static class TrainingEmbeddings
{
    public static IEmbeddingSource? For(ModelMode mode) =>
        mode != ModelMode.Accurate ? null : new EmbeddingCache((done, total) =>
        {
            if (done % 640 == 0 || done == total)
            {
                Console.Error.WriteLine($"  embedded {done}/{total} new texts");
            }
        });

    /// <summary>Contextual word vectors through the disk cache (<see cref="ContextualVectorCache.DefaultFolder"/>), with progress on stderr.</summary>
    public static ContextualWordVectors WordVectors() => new(new ContextualVectorCache(ContextualVectorCache.DefaultFolder), (done, total) =>
    {
        if (done % 2048 == 0 || done == total)
        {
            Console.Error.WriteLine($"  contextual vectors {done}/{total} (cached or encoded)");
        }
    });
}
