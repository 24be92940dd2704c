using NewsNlp.Documents;

namespace NewsNlp.Pipeline;

/// <summary>
/// One step of the pipeline with one job. A stage reads the layers it requires and adds the ones
/// it provides; it must be safe to call from many threads at once (models are shared read-only,
/// scratch state is per call).
/// </summary>
public interface IStage
{
    /// <summary>A short name for logs and timings, e.g. "repair", "tokenize".</summary>
    string Name { get; }

    Layer Requires { get; }

    Layer Provides { get; }

    void Process(Article article, CancellationToken cancellationToken);
}
