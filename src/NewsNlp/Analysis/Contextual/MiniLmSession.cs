using Microsoft.ML.OnnxRuntime;

namespace NewsNlp.Analysis.Contextual;

/// <summary>Reads one session run's hidden states: [rows, positions, <see cref="ContextualEncoder.Dimensions"/>] floats.</summary>
internal delegate void HiddenStatesReader(ReadOnlySpan<float> hidden);

/// <summary>
/// One ONNX Runtime session over all-MiniLM-L6-v2 that returns the hidden states of several layers, so the
/// encoders of different layers share one copy of the weights (the accurate NER head reads layer 5, the other
/// accurate modes the last). ONNX Runtime runs every node of a session's graph whatever a run asks for, so the
/// graph is cut after the deepest layer served (<see cref="OnnxHiddenLayer"/>): a session for layer 5 alone
/// skips layer 6, one serving both runs layer 6 on layer-5 runs too. The runtime gets one intra-op thread by
/// default, so results do not depend on the machine's core count; callers parallelise across inputs.
/// Thread-safe (ONNX Runtime sessions are).
/// </summary>
internal sealed class MiniLmSession : IDisposable
{
    private readonly InferenceSession _session;
    private readonly Dictionary<int, string> _outputs;

    public MiniLmSession(IEnumerable<int> layers, int intraOpThreads = 1)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var served = layers.Distinct().Order().ToArray();
        foreach (var layer in served)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(layer, ContextualEncoder.LastLayer);
        }

        var (model, outputs) = OnnxHiddenLayer.UpToLayers(MiniLmResources.ReadModel(), served);
        _outputs = served.Zip(outputs).ToDictionary(p => p.First, p => p.Second);
        using var options = new SessionOptions { IntraOpNumThreads = intraOpThreads, InterOpNumThreads = 1 };
        _session = new InferenceSession(model, options);
    }

    /// <summary>The layers whose hidden states this session returns.</summary>
    public IReadOnlyCollection<int> Layers => _outputs.Keys;

    public bool Serves(int layer) => _outputs.ContainsKey(layer);

    /// <summary>Runs the rows of word-piece <paramref name="ids"/> (shape [rows, positions], 0 mask past a row's end) and hands <paramref name="read"/> <paramref name="layer"/>'s states.</summary>
    public void Run(long[] ids, long[] mask, long[] shape, int layer, HiddenStatesReader read)
    {
        using var idValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typeValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var results = _session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idValue, maskValue, typeValue], [_outputs[layer]]);
        read(results[0].GetTensorDataAsSpan<float>());
    }

    public void Dispose() => _session.Dispose();
}
