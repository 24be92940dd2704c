using System.Numerics;
using System.Runtime.InteropServices;
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

            // Count repeats among the hashes first (a small cache-resident table), then probe each distinct
            // n-gram once: the probes are the cost (a cache miss each), and a sentence repeats many of its
            // character 4-grams. The probes do not wait on each other's results, so the processor overlaps them.
            var distinct = scratch.CountDistinct(CollectionsMarshal.AsSpan(hashes));
            var keys = scratch.Keys;
            var counts = scratch.Counts;
            var found = scratch.Found;
            var foundCounts = scratch.FoundCounts;
            var foundCount = 0;
            long squares = 0;
            for (var i = 0; i < distinct; i++)
            {
                if (_rows.TryGetValue(keys[i], out var row))
                {
                    found[foundCount] = row;
                    foundCounts[foundCount++] = counts[i];
                    squares += (long)counts[i] * counts[i];
                }
            }

            // First-seen order, as the general path adds them.
            var scale = squares == 0 ? 0f : 1f / MathF.Sqrt(squares);
            for (var i = 0; i < foundCount; i++)
            {
                ref readonly var row = ref found[i];
                var value = foundCounts[i] * scale;
                s0 += row.W0 * value;
                s1 += row.W1 * value;
                s2 += row.W2 * value;
            }
        }

        scores[0] = s0;
        scores[1] = s1;
        scores[2] = s2;
    }

    private readonly record struct Row(int Feature, float W0, float W1, float W2);

    private sealed class Scratch
    {
        // Slot → 1 + place in Keys; a small open-addressing table per block (a few KB, cache-resident).
        private int[] _slots = new int[256];

        private ulong[] _keys = new ulong[256];
        private int[] _counts = new int[256];
        private Row[] _found = new Row[256];
        private int[] _foundCounts = new int[256];

        public List<ulong> Hashes { get; } = [];

        /// <summary>The distinct hashes of the last <see cref="CountDistinct"/>, in first-seen order.</summary>
        public ulong[] Keys => _keys;

        /// <summary>How often each of <see cref="Keys"/> occurred.</summary>
        public int[] Counts => _counts;

        /// <summary>Room for the rows the distinct hashes find, with their counts.</summary>
        public Row[] Found => _found;

        public int[] FoundCounts => _foundCounts;

        /// <summary>Counts the distinct values of <paramref name="hashes"/> into <see cref="Keys"/>/<see cref="Counts"/>; returns how many there are.</summary>
        public int CountDistinct(ReadOnlySpan<ulong> hashes)
        {
            var bits = Math.Max(8, BitOperations.Log2((uint)Math.Max(1, hashes.Length)) + 2);
            if (_slots.Length < 1 << bits)
            {
                _slots = new int[1 << bits];
            }

            if (_keys.Length < hashes.Length)
            {
                _keys = new ulong[hashes.Length];
                _counts = new int[hashes.Length];
                _found = new Row[hashes.Length];
                _foundCounts = new int[hashes.Length];
            }

            var slots = _slots.AsSpan(0, 1 << bits);
            slots.Clear();
            var mask = slots.Length - 1;
            var keys = _keys;
            var counts = _counts;
            var distinct = 0;
            foreach (var hash in hashes)
            {
                var slot = (int)((hash * 0x9E3779B97F4A7C15ul) >> (64 - bits));
                while (slots[slot] != 0 && keys[slots[slot] - 1] != hash)
                {
                    slot = (slot + 1) & mask;
                }

                if (slots[slot] == 0)
                {
                    keys[distinct] = hash;
                    counts[distinct] = 1;
                    slots[slot] = ++distinct;
                }
                else
                {
                    counts[slots[slot] - 1]++;
                }
            }

            return distinct;
        }
    }
}
