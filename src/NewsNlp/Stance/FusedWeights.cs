using System.Numerics;
using System.Runtime.InteropServices;
using NewsNlp.Models;

namespace NewsNlp.Stance;

/// <summary>
/// A three-class linear model's n-gram weights keyed by n-gram hash: one probe finds a feature and its
/// three class weights together. Scoring is memory-bound (a random probe of the vocabulary table for every
/// n-gram of every statement), so the table is kept small: each slot holds the 64-bit key and the three
/// weights as the model file's 16-bit steps, 16 bytes in all (four slots per cache line), and a weight
/// is multiplied by the step when it is read — the same float the dequantised weight array holds. It
/// scores exactly as <see cref="Classifier"/>'s general path: the same weights, added in the same order.
/// Immutable; the per-thread scratch is never shared.
/// </summary>
internal sealed class FusedWeights
{
    public const int ClassCount = 3;

    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly HashKeyTable<Row> _rows;
    private readonly float _step;

    private FusedWeights(HashKeyTable<Row> rows, float step)
    {
        _rows = rows;
        _step = step;
    }

    /// <summary>
    /// The fused table of a model whose n-gram weights are all whole 16-bit multiples of
    /// <paramref name="step"/> (every saved or quantised model); null otherwise, as the table could not
    /// hold them exactly.
    /// </summary>
    public static FusedWeights? TryCreate(FeatureSpace features, ReadOnlySpan<float> weights, float step)
    {
        var rows = new (ulong, Row)[features.NgramCount];
        var quantised = WeightQuantisation.Quantise(weights[..(features.NgramCount * ClassCount)], step);
        for (var i = 0; i < quantised.Length; i++)
        {
            if (BitConverter.SingleToInt32Bits(quantised[i] * step) != BitConverter.SingleToInt32Bits(weights[i]))
            {
                return null;
            }
        }

        var index = 0;
        foreach (var block in features.Blocks)
        {
            foreach (var hash in block)
            {
                var w = quantised.AsSpan(index * ClassCount, ClassCount);
                rows[index++] = (hash, new Row(w[0], w[1], w[2]));
            }
        }

        return new FusedWeights(new HashKeyTable<Row>(rows, rows.Length), step);
    }

    /// <summary>Adds the row's n-gram scores (each block a unit-length bag of counts) to the three scores.</summary>
    public void AddNgramScores(ModelInput input, Span<float> scores) => AddNgramScores(input.Text, input.Context, scores);

    /// <summary>The same for a row given as its text and context columns.</summary>
    public void AddNgramScores(ReadOnlySpan<char> text, ReadOnlySpan<char> context, Span<float> scores)
    {
        var scratch = _scratch ??= new Scratch();
        var step = _step;
        float s0 = scores[0], s1 = scores[1], s2 = scores[2];
        for (var block = 0; block < FeatureSpace.BlockCount; block++)
        {
            var hashes = scratch.Hashes;
            hashes.Clear();
            FeatureSpace.AddHashes(text, context, block, hashes);
            var foundCount = scratch.Find(_rows, CollectionsMarshal.AsSpan(hashes));
            var found = scratch.Found;
            var counts = scratch.FoundCounts;
            long squares = 0;
            for (var i = 0; i < foundCount; i++)
            {
                squares += (long)counts[i] * counts[i];
            }

            // First-seen order, as the general path adds them.
            var scale = squares == 0 ? 0f : 1f / MathF.Sqrt(squares);
            for (var i = 0; i < foundCount; i++)
            {
                ref readonly var row = ref found[i];
                var value = counts[i] * scale;
                s0 += (row.W0 * step) * value;
                s1 += (row.W1 * step) * value;
                s2 += (row.W2 * step) * value;
            }
        }

        scores[0] = s0;
        scores[1] = s1;
        scores[2] = s2;
    }

    /// <summary>The three class weights in steps of the model's quantisation.</summary>
    private readonly record struct Row(short W0, short W1, short W2);

    private sealed class Scratch
    {
        // A small open-addressing table of the block's hashes seen so far (a few KB, cache-resident): a
        // sentence repeats many of its character 4-grams, and each distinct one is probed in the model's
        // table once. A slot belongs to the current block when it carries the current stamp, so the
        // table is never cleared between blocks.
        // How many hashes ahead the model's table is prefetched: enough to keep several memory loads in flight.
        private const int PrefetchDistance = 8;

        private Seen[] _seen = new Seen[256];
        private int _stamp;

        private Row[] _found = new Row[256];
        private int[] _foundCounts = new int[256];

        public List<ulong> Hashes { get; } = [];

        /// <summary>The model rows of the last <see cref="Find"/>, in first-seen order.</summary>
        public Row[] Found => _found;

        /// <summary>How often each of <see cref="Found"/> occurred.</summary>
        public int[] FoundCounts => _foundCounts;

        /// <summary>Looks up each distinct hash once; fills <see cref="Found"/> and <see cref="FoundCounts"/> and returns how many were found.</summary>
        public int Find(HashKeyTable<Row> rows, ReadOnlySpan<ulong> hashes)
        {
            var bits = Math.Max(8, BitOperations.Log2((uint)Math.Max(1, hashes.Length)) + 2);
            if (_seen.Length < 1 << bits)
            {
                _seen = new Seen[1 << bits];
                _stamp = 0;
            }

            if (_found.Length < hashes.Length)
            {
                _found = new Row[hashes.Length];
                _foundCounts = new int[hashes.Length];
            }

            if (++_stamp == int.MaxValue)
            {
                Array.Clear(_seen);
                _stamp = 1;
            }

            var stamp = _stamp;
            var seen = _seen.AsSpan(0, 1 << bits);
            var mask = seen.Length - 1;
            var found = _found;
            var counts = _foundCounts;
            var foundCount = 0;
            for (var i = 0; i < Math.Min(PrefetchDistance, hashes.Length); i++)
            {
                rows.Prefetch(hashes[i]);
            }

            for (var i = 0; i < hashes.Length; i++)
            {
                var hash = hashes[i];
                if (i + PrefetchDistance < hashes.Length)
                {
                    rows.Prefetch(hashes[i + PrefetchDistance]);
                }

                var slot = (int)((hash * 0x9E3779B97F4A7C15ul) >> (64 - bits));
                while (seen[slot].Stamp == stamp && seen[slot].Key != hash)
                {
                    slot = (slot + 1) & mask;
                }

                if (seen[slot].Stamp == stamp)
                {
                    if (seen[slot].Found >= 0)
                    {
                        counts[seen[slot].Found]++;
                    }

                    continue;
                }

                var place = -1;
                if (rows.TryGetValue(hash, out var row))
                {
                    place = foundCount++;
                    found[place] = row;
                    counts[place] = 1;
                }

                seen[slot] = new Seen(hash, stamp, place);
            }

            return foundCount;
        }

        /// <summary>A hash of the current block (<paramref name="Stamp"/>) and its place among the found rows, -1 when the model lacks it.</summary>
        private readonly record struct Seen(ulong Key, int Stamp, int Found);
    }
}
