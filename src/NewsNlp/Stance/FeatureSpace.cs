using NewsNlp.Models;
namespace NewsNlp.Stance;

/// <summary>
/// Maps a <see cref="ModelInput"/> to the sparse vector the linear classifiers read: three n-gram
/// blocks (words and character 4-grams of the text, words of the context), each a bag of counts
/// scaled to unit length, then the dense features times a fixed per-feature scale. The vocabulary is
/// the training set's most frequent n-gram hashes per block; n-grams outside it are dropped, in
/// training and prediction alike, so both see the same vectors. Immutable and thread-safe.
/// </summary>
public sealed class FeatureSpace
{
    /// <summary>How many n-grams each block keeps at most: they bound model size and prediction cost.</summary>
    public static readonly IReadOnlyList<int> DefaultCaps = [30000, 20000, 10000];

    internal const int BlockCount = 3;

    [ThreadStatic]
    private static List<ulong>? _hashScratch;

    [ThreadStatic]
    private static BlockCounts? _countScratch;

    private readonly HashKeyTable<int> _index;

    private FeatureSpace(ulong[][] blocks, float[] denseScales)
    {
        Blocks = blocks;
        DenseScales = denseScales;
        NgramCount = blocks.Sum(b => b.Length);
        _index = new HashKeyTable<int>(blocks.SelectMany(b => b).Select((hash, index) => (hash, index)), NgramCount);
    }

    /// <summary>The kept n-gram hashes of each block, ascending; a hash's feature index is its place in this order.</summary>
    internal ulong[][] Blocks { get; }

    /// <summary>Multipliers of the dense features: one over their standard deviation in training.</summary>
    internal float[] DenseScales { get; }

    public int NgramCount { get; }

    public int DenseCount => DenseScales.Length;

    /// <summary>Length of the vectors: n-grams first, then dense features.</summary>
    public int Count => NgramCount + DenseCount;

    internal static FeatureSpace Create(ulong[][] blocks, float[] denseScales)
    {
        if (blocks.Length != BlockCount)
        {
            throw new InvalidDataException($"A feature space has {BlockCount} n-gram blocks, not {blocks.Length}.");
        }

        return new FeatureSpace(blocks, denseScales);
    }

    /// <summary>The vocabulary and dense scales of a training set; deterministic for the same rows.</summary>
    public static FeatureSpace Build(IReadOnlyList<ModelInput> rows, int denseCount, IReadOnlyList<int>? caps = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        caps ??= DefaultCaps;
        var blocks = new ulong[BlockCount][];
        var hashes = new List<ulong>();
        var kept = new HashSet<ulong>();
        for (var block = 0; block < BlockCount; block++)
        {
            var rowCounts = new Dictionary<ulong, int>();
            foreach (var row in rows)
            {
                hashes.Clear();
                AddHashes(row, block, hashes);
                foreach (var hash in hashes.Distinct())
                {
                    rowCounts[hash] = rowCounts.GetValueOrDefault(hash) + 1;
                }
            }

            // A hash already kept by an earlier block (a 64-bit collision) would alias two features.
            blocks[block] = rowCounts.Where(kv => !kept.Contains(kv.Key))
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
                .Take(caps[block]).Select(kv => kv.Key).Order().ToArray();
            kept.UnionWith(blocks[block]);
        }

        return new FeatureSpace(blocks, DenseScalesOf(rows, denseCount));
    }

    /// <summary>
    /// Appends the row's non-zero features to <paramref name="indices"/> and <paramref name="values"/>,
    /// indices ascending.
    /// </summary>
    public void Vectorise(ModelInput row, List<int> indices, List<float> values)
    {
        ArgumentNullException.ThrowIfNull(row);
        var counts = _countScratch ??= new BlockCounts();
        for (var block = 0; block < BlockCount; block++)
        {
            CountBlock(row, block, counts);
            var scale = counts.InverseLength();
            counts.Touched.Sort();
            foreach (var feature in counts.Touched)
            {
                indices.Add(feature);
                values.Add(counts.CountOf(feature) * scale);
            }

            counts.Clear();
        }

        for (var d = 0; d < DenseCount; d++)
        {
            var value = DenseValue(row, d);
            if (value != 0f)
            {
                indices.Add(NgramCount + d);
                values.Add(value);
            }
        }
    }

    /// <summary>Counts the row's known n-grams of one block into <paramref name="counts"/> (cleared by the caller).</summary>
    internal void CountBlock(ModelInput row, int block, BlockCounts counts) => CountBlock(row.Text, row.Context, block, counts);

    /// <summary>Counts the known n-grams of one block of a row given as its two texts (see <see cref="AddHashes(ReadOnlySpan{char}, ReadOnlySpan{char}, int, List{ulong})"/>).</summary>
    internal void CountBlock(ReadOnlySpan<char> text, ReadOnlySpan<char> context, int block, BlockCounts counts)
    {
        var hashes = _hashScratch ??= [];
        hashes.Clear();
        AddHashes(text, context, block, hashes);
        counts.EnsureSize(NgramCount);
        foreach (var hash in hashes)
        {
            if (_index.TryGetValue(hash, out var feature))
            {
                counts.Add(feature);
            }
        }
    }

    /// <summary>Dense feature <paramref name="d"/> of the row, scaled; 0 when the row has fewer.</summary>
    internal float DenseValue(ModelInput row, int d) => DenseValue(row.Dense, d);

    /// <summary>Dense feature <paramref name="d"/> of a row's dense values, scaled; 0 when the row has fewer.</summary>
    internal float DenseValue(ReadOnlySpan<float> dense, int d) => d < dense.Length ? dense[d] * DenseScales[d] : 0f;

    internal static void AddHashes(ModelInput row, int block, List<ulong> into) => AddHashes(row.Text, row.Context, block, into);

    /// <summary>The hashes of one block of a row given as its text and context columns, without a <see cref="ModelInput"/>.</summary>
    internal static void AddHashes(ReadOnlySpan<char> text, ReadOnlySpan<char> context, int block, List<ulong> into)
    {
        // One salt per block, so "not" in the text and "not" in the context are different features.
        switch (block)
        {
            case 0:
                NgramHasher.AddWordGrams(text, 1, into);
                break;
            case 1:
                NgramHasher.AddCharGrams(text, 2, into);
                break;
            default:
                NgramHasher.AddWordGrams(context, 3, into);
                break;
        }
    }

    // Unit variance without centring, so a zero stays zero and vectors stay sparse.
    private static float[] DenseScalesOf(IReadOnlyList<ModelInput> rows, int denseCount)
    {
        var scales = new float[denseCount];
        for (var d = 0; d < denseCount; d++)
        {
            double sum = 0, squares = 0;
            foreach (var row in rows)
            {
                sum += row.Dense[d];
                squares += (double)row.Dense[d] * row.Dense[d];
            }

            var mean = sum / Math.Max(1, rows.Count);
            var variance = (squares / Math.Max(1, rows.Count)) - (mean * mean);
            scales[d] = variance > 1e-12 ? (float)(1 / Math.Sqrt(variance)) : 1f;
        }

        return scales;
    }
}
