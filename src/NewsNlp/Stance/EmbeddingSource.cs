namespace NewsNlp.Stance;

/// <summary>
/// Where the accurate-mode featurizers get MiniLM vectors: <see cref="LiveEmbeddings"/> in the
/// pipeline, <see cref="EmbeddingCache"/> in the train and eval commands, which see the same
/// corpus sentences run after run.
/// </summary>
public interface IEmbeddingSource
{
    /// <summary>Unit-length sentence embeddings, one per text.</summary>
    float[][] Sentences(IReadOnlyList<string> texts);
}

/// <summary>The process-wide MiniLM encoder, loaded on first use.</summary>
public sealed class LiveEmbeddings : IEmbeddingSource
{
    public static readonly LiveEmbeddings Instance = new();

    private LiveEmbeddings()
    {
    }

    public float[][] Sentences(IReadOnlyList<string> texts) => SentenceEmbedder.Shared.Encode(texts);
}
