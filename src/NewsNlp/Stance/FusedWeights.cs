using NewsNlp.Models;

namespace NewsNlp.Stance;

/// <summary>
/// A three-class linear model's n-gram weights keyed by n-gram hash: one probe finds a feature and its
/// three class weights together. Scoring is memory-bound (a random probe of the vocabulary table, then
/// a random read of the weight matrix, for every n-gram of every statement); fusing the two halves the
/// cache misses. It scores exactly as <see cref="Classifier"/>'s general path: the same weights, added
/// in the same order. Immutable; the per-thread scratch is never shared.
/// </summary>
internal sealed class FusedWeights
{
    public const int ClassCount = 3;

    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly FeatureSpace _features;
    private readonly HashKeyTable<Row> _rows;

    public FusedWeights(FeatureSpace features, ReadOnlySpan<float> weights)
    {
        _features = features;
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
        scratch.EnsureSize(_features.NgramCount);
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

            var counts = scratch.Counts;
            var touched = scratch.Touched;
            foreach (var row in found)
            {
                if (counts[row.Feature]++ == 0)
                {
                    touched.Add(row);
                }
            }

            found.Clear();
            long squares = 0;
            foreach (var row in touched)
            {
                squares += (long)counts[row.Feature] * counts[row.Feature];
            }

            var scale = squares == 0 ? 0f : 1f / MathF.Sqrt(squares);
            foreach (var row in touched)
            {
                var value = counts[row.Feature] * scale;
                s0 += row.W0 * value;
                s1 += row.W1 * value;
                s2 += row.W2 * value;
                counts[row.Feature] = 0;
            }

            touched.Clear();
        }

        scores[0] = s0;
        scores[1] = s1;
        scores[2] = s2;
    }

    private readonly record struct Row(int Feature, float W0, float W1, float W2);

    private sealed class Scratch
    {
        public List<ulong> Hashes { get; } = [];

        public List<Row> Found { get; } = [];

        public List<Row> Touched { get; } = [];

        public int[] Counts { get; private set; } = [];

        public void EnsureSize(int featureCount)
        {
            if (Counts.Length < featureCount)
            {
                Counts = new int[featureCount];
            }
        }
    }
}
