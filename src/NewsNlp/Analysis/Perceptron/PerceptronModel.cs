using NewsNlp.Models;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsNlp.Analysis.Perceptron;

/// <summary>
/// A trained averaged-perceptron classifier over hashed features: a table of (buckets × classes)
/// weights. Scoring adds one row per feature, so it is fast and allocation-free, and the model is
/// immutable, so one instance serves every thread. Saved compactly: weights quantised to 16 bits,
/// all-zero rows skipped, the whole stream deflated; the bytes depend only on the weights.
/// </summary>
public sealed class PerceptronModel
{
    private const string Magic = "NNLP-PERCEPTRON";
    private const int FormatVersion = 1;

    // A model fresh from training keeps its float weights; a loaded one keeps the 16-bit weights of its
    // file and one scale, which halves the table that scoring reads at random (the cache misses are the cost).
    private readonly float[]? _weights;
    private readonly QuantisedWeights? _quantised;
    private readonly float _scale;
    private readonly uint _mask;

    internal PerceptronModel(IReadOnlyList<string> classes, int tableBits, float[] weights, IReadOnlyDictionary<string, string> metadata)
        : this(classes, tableBits, weights.Length, metadata)
    {
        _weights = weights;
    }

    private PerceptronModel(IReadOnlyList<string> classes, int tableBits, QuantisedWeights quantised, float scale, IReadOnlyDictionary<string, string> metadata)
        : this(classes, tableBits, classes.Count << tableBits, metadata)
    {
        _quantised = quantised;
        _scale = scale;
    }

    private PerceptronModel(IReadOnlyList<string> classes, int tableBits, int weightCount, IReadOnlyDictionary<string, string> metadata)
    {
        if (tableBits is < 8 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(tableBits), "Table bits must be between 8 and 26.");
        }

        if (weightCount != (1 << tableBits) * classes.Count)
        {
            throw new ArgumentException("Weight table size does not match classes × buckets.", nameof(weightCount));
        }

        Classes = classes.ToArray();
        ClassCount = classes.Count;
        TableBits = tableBits;
        _mask = (1u << tableBits) - 1;
        Metadata = new SortedDictionary<string, string>(metadata.ToDictionary(), StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Classes { get; }

    // Stored, not read through the list's interface: scoring asks for it several times per token.
    public int ClassCount { get; }

    public int TableBits { get; }

    /// <summary>Name, version, training command and the like, saved with the weights.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Adds every feature's weights into <paramref name="scores"/> (length ≥ ClassCount, cleared first).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (_quantised != null)
        {
            ScoreQuantised(_quantised, features, scores);
            return;
        }

        var k = ClassCount;
        scores[..k].Clear();
        var width = Vector<float>.Count;

        // Unchecked row addressing: a masked feature always names a row inside the table, and each class
        // still receives its weights in feature order, so the sums are bit-identical to the plain loop.
        ref var table = ref MemoryMarshal.GetArrayDataReference(_weights!);
        ref var sums = ref MemoryMarshal.GetReference(scores);
        foreach (var f in features)
        {
            ref var row = ref Unsafe.Add(ref table, (nint)((f & _mask) * (uint)k));
            var c = 0;
            for (; c + width <= k; c += width)
            {
                (Vector.LoadUnsafe(ref sums, (nuint)c) + Vector.LoadUnsafe(ref row, (nuint)c)).StoreUnsafe(ref sums, (nuint)c);
            }

            for (; c < k; c++)
            {
                Unsafe.Add(ref sums, c) += Unsafe.Add(ref row, c);
            }
        }
    }

    // Sums the 16-bit weights exactly in integers (30 features × 32,767 stays far below 2^24, where floats
    // stop being exact) and scales once: the decisions of the float path, without its rounding.
    private void ScoreQuantised(QuantisedWeights quantised, ReadOnlySpan<uint> features, Span<float> scores)
    {
        Span<int> sums = stackalloc int[ClassCount];
        sums.Clear();
        quantised.Sum(features, sums);
        Scale(sums, scores);
    }

    private void Scale(ReadOnlySpan<int> sums, Span<float> scores)
    {
        var k = ClassCount;
        for (var c = 0; c < k; c++)
        {
            scores[c] = sums[c] * _scale;
        }
    }

    /// <summary>True for a loaded model, which scores with exact integer sums of its 16-bit weights.</summary>
    public bool HasIntegerWeights => _quantised != null;

    /// <summary>
    /// Adds the features' 16-bit weights into <paramref name="sums"/> (ClassCount integers; a loaded model
    /// only). The sums of features that never change — those of a known word — can be computed once and
    /// passed to <see cref="ScoreOnTop"/>, with exactly the scores of all features at once.
    /// </summary>
    public void AddWeights(ReadOnlySpan<uint> features, Span<int> sums)
    {
        if (_quantised == null)
        {
            throw new InvalidOperationException("Only a loaded model has integer weights.");
        }

        _quantised.Sum(features, sums);
    }

    /// <summary>Starts loading what <see cref="Locate"/> reads for <paramref name="features"/> (a loaded model; a hint, no effect otherwise).</summary>
    internal void PrefetchRanks(ReadOnlySpan<uint> features) => _quantised?.PrefetchRanks(features);

    /// <summary>
    /// Finds the weight rows of <paramref name="features"/> (a loaded model only) and starts loading them, for a
    /// caller that adds them later with <see cref="AddLocated"/>: together <see cref="AddWeights"/>. Returns how many
    /// rows it wrote into <paramref name="rows"/> (which must be as long as the features).
    /// </summary>
    internal int Locate(ReadOnlySpan<uint> features, Span<int> rows) =>
        _quantised != null ? _quantised.Locate(features, rows) : throw new InvalidOperationException("Only a loaded model has integer weights.");

    /// <summary>Adds rows from <see cref="Locate"/> into <paramref name="sums"/> (ClassCount integers; a loaded model only).</summary>
    internal void AddLocated(ReadOnlySpan<int> rows, Span<int> sums)
    {
        if (_quantised == null)
        {
            throw new InvalidOperationException("Only a loaded model has integer weights.");
        }

        _quantised.AddLocated(rows, sums);
    }

    /// <summary>Scores <paramref name="features"/> on top of sums from <see cref="AddWeights"/> (a loaded model only).</summary>
    public void ScoreOnTop(ReadOnlySpan<int> partialSums, ReadOnlySpan<uint> features, Span<float> scores)
    {
        Span<int> sums = stackalloc int[ClassCount];
        partialSums[..ClassCount].CopyTo(sums);
        AddWeights(features, sums);
        Scale(sums, scores);
    }

    /// <summary>The best class for the features; <paramref name="scratch"/> needs ClassCount floats.</summary>
    public int Predict(ReadOnlySpan<uint> features, Span<float> scratch)
    {
        Score(features, scratch);
        return ArgMax(scratch[..ClassCount]);
    }

    /// <summary>Index of the largest score (the lowest index on ties, so results are deterministic).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>Turns scores into probabilities in place (softmax), for a confidence figure.</summary>
    public static void Softmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        var sum = 0f;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = MathF.Exp(scores[i] - max);
            sum += scores[i];
        }

        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= sum;
        }
    }

    public void Save(string path)
    {
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            Save(file);
        }

        File.Move(temp, path, overwrite: true);
    }

    public void Save(Stream stream)
    {
        using var w = Models.CompressedModelFile.OpenWriter(stream, Magic, FormatVersion);
        w.Write(Metadata.Count);
        foreach (var (key, value) in Metadata)
        {
            w.Write(key);
            w.Write(value);
        }

        w.Write(ClassCount);
        foreach (var c in Classes)
        {
            w.Write(c);
        }

        w.Write(TableBits);
        var scale = _quantised != null ? _scale : WeightQuantisation.StepOf(_weights!);
        w.Write(scale);

        // Rows as (gap since previous non-zero row, k quantised weights); a gap of 0 ends the list.
        var previous = -1;
        foreach (var (bucket, weights) in NonZeroRows(scale))
        {
            w.Write7BitEncodedInt(bucket - previous);
            previous = bucket;
            foreach (var q in weights.Span)
            {
                w.Write(q);
            }
        }

        w.Write7BitEncodedInt(0);
    }

    // The rows with a non-zero weight in bucket order: a loaded model's own, or a trained model's quantised.
    private IEnumerable<(int Bucket, ReadOnlyMemory<short> Weights)> NonZeroRows(float scale)
    {
        if (_quantised != null)
        {
            foreach (var row in _quantised.NonZeroRows())
            {
                yield return row;
            }

            yield break;
        }

        var k = ClassCount;
        for (var r = 0; r < 1 << TableBits; r++)
        {
            var quantised = WeightQuantisation.Quantise(_weights!.AsSpan(r * k, k), scale);
            if (quantised.AsSpan().ContainsAnyExcept((short)0))
            {
                yield return (r, quantised);
            }
        }
    }

    public static PerceptronModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static PerceptronModel Load(Stream stream)
    {
        using var r = Models.CompressedModelFile.OpenReader(stream, Magic, FormatVersion, "perceptron model");

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var metaCount = r.ReadInt32();
        for (var i = 0; i < metaCount; i++)
        {
            metadata[r.ReadString()] = r.ReadString();
        }

        var classes = new string[r.ReadInt32()];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = r.ReadString();
        }

        var bits = r.ReadInt32();
        var scale = r.ReadSingle();
        var k = classes.Length;
        var buckets = new List<int>();
        var rows = new List<short>();
        var bucket = -1;
        int gap;
        while ((gap = r.Read7BitEncodedInt()) != 0)
        {
            bucket += gap;
            if (bucket >= 1 << bits)
            {
                throw new InvalidDataException("A perceptron row lies outside its table.");
            }

            buckets.Add(bucket);
            for (var c = 0; c < k; c++)
            {
                rows.Add(r.ReadInt16());
            }
        }

        return new PerceptronModel(classes, bits, new QuantisedWeights(k, bits, buckets.ToArray(), rows.ToArray()), scale, metadata);
    }
}
