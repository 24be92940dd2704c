using System.Numerics;
using NewsNlp.Models;

namespace NewsNlp.Stance;

/// <summary>
/// A three-class linear model's n-gram weights keyed by n-gram hash: one probe finds a feature and its
/// three class weights together. Scoring is memory-bound (a random probe of the vocabulary table, then
/// a random read of the weight matrix, for every n-gram of every statement); fused, each n-gram costs
/// one cache miss instead of two. It scores exactly as <see cref="Classifier"/>'s general path: the same weights, added
/// in the same order. Immutable; the per-thread scratch is never shared.
/// </summary>
internal sealed class FusedWeights
{
    public const int ClassCount = 3;

    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly HashKeyTable<Row> _rows;

    public FusedWeights(FeatureSpace features, ReadOnlySpan<float> weights)
    {
        var rows = new (ulong, Row)[features.NgramCount];
        var index = 0;
        foreach (var block in features.Blocks)
        {
            foreach (var hash in block)
            {
                var w = weights.Slice(index * ClassCount, ClassCount);
                rows[index] = (hash, new Row(index, w[0], w[1], w[2]));
                index++;
            }
        }

        _rows = new HashKeyTable<Row>(rows, rows.Length);
    }

    /// <summary>Adds the row's n-gram scores (each block a unit-length bag of counts) to the three scores.</summary>
    public void AddNgramScores(ModelInput input, Span<float> scores)
    {
        var scratch = _scratch ??= new Scratch();
        float s0 = scores[0], s1 = scores[1], s2 = scores[2];
        for (var block = 0; block < FeatureSpace.BlockCount; block++)
        {
            var hashes = scratch.Hashes;
            hashes.Clear();
            FeatureSpace.AddHashes(input, block, hashes);
            // Probe for every n-gram first, then count: the probes (cache misses, most of the cost) do not
            // wait on each other's results, so the processor overlaps them.
            var found = scratch.Found;
            foreach (var hash in hashes)
            {
                if (_rows.TryGetValue(hash, out var row))
                {
                    found.Add(row);
                }
            }

            var (touched, counts) = scratch.CountDistinct();
            found.Clear();
            long squares = 0;
            foreach (var count in counts)
            {
                squares += (long)count * count;
            }

            var scale = squares == 0 ? 0f : 1f / MathF.Sqrt(squares);
            for (var i = 0; i < touched.Count; i++)
            {
                var row = touched[i];
                var value = counts[i] * scale;
                s0 += row.W0 * value;
                s1 += row.W1 * value;
                s2 += row.W2 * value;
            }

            touched.Clear();
            counts.Clear();
        }

        scores[0] = s0;
        scores[1] = s1;
        scores[2] = s2;
    }

    private readonly record struct Row(int Feature, float W0, float W1, float W2);

    private sealed class Scratch
    {
        // Slot → 1 + place in Touched; a small table per row (a few KB, cache-resident) rather than an
        // array over the whole vocabulary, which each row would touch at random.
        private int[] _slots = new int[256];

        public List<ulong> Hashes { get; } = [];

        public List<Row> Found { get; } = [];

        public List<Row> Touched { get; } = [];

        public List<int> Counts { get; } = [];

        /// <summary>The distinct features of <see cref="Found"/> in first-seen order, with how often each occurs.</summary>
        public (List<Row> Touched, List<int> Counts) CountDistinct()
        {
            var bits = Math.Max(8, BitOperations.Log2((uint)Math.Max(1, Found.Count)) + 2);
            if (_slots.Length < 1 << bits)
            {
                _slots = new int[1 << bits];
            }

            var slots = _slots.AsSpan(0, 1 << bits);
            slots.Clear();
            var mask = slots.Length - 1;
            foreach (var row in Found)
            {
                var slot = (int)(((uint)row.Feature * 0x9E3779B1u) >> (32 - bits));
                while (slots[slot] != 0 && Touched[slots[slot] - 1].Feature != row.Feature)
                {
                    slot = (slot + 1) & mask;
                }

                if (slots[slot] == 0)
                {
                    Touched.Add(row);
                    Counts.Add(1);
                    slots[slot] = Touched.Count;
                }
                else
                {
                    Counts[slots[slot] - 1]++;
                }
            }

            return (Touched, Counts);
        }
    }
}
