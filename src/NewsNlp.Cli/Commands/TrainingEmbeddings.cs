using NewsNlp.Stance;

namespace NewsNlp.Cli.Commands;

/// <summary>The embedding function train/eval commands use: cached on disk, with progress on stderr.</summary>
internal static class TrainingEmbeddings
{
    public static Func<IReadOnlyList<string>, float[][]>? For(ModelMode mode)
    {
        if (mode != ModelMode.Accurate)
        {
            return null;
        }

        var cache = new EmbeddingCache(SentenceEmbedder.Shared);
        return texts => cache.Get(texts, (done, total) =>
        {
            if (done % 640 == 0 || done == total)
            {
                Console.Error.WriteLine($"  embedded {done}/{total} new sentences");
            }
        });
    }
}
