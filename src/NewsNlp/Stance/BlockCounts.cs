namespace NewsNlp.Stance;

/// <summary>
/// Scratch space for one n-gram block's bag of counts: an array indexed by feature plus the list of
/// features touched, so counting needs no sorting and clearing costs only what was touched. One per
/// thread; never shared.
/// </summary>
internal sealed class BlockCounts
{
    private int[] _counts = [];

    /// <summary>Features with a non-zero count, in first-seen order.</summary>
    public List<int> Touched { get; } = [];

    public void EnsureSize(int featureCount)
    {
        if (_counts.Length < featureCount)
        {
            _counts = new int[featureCount];
        }
    }

    public void Add(int feature)
    {
        if (_counts[feature]++ == 0)
        {
            Touched.Add(feature);
        }
    }

    public int CountOf(int feature) => _counts[feature];

    /// <summary>One over the length of the count vector, so counts times it form a unit vector; 0 when empty.</summary>
    public float InverseLength()
    {
        long squares = 0;
        foreach (var feature in Touched)
        {
            squares += (long)_counts[feature] * _counts[feature];
        }

        return squares == 0 ? 0f : 1f / MathF.Sqrt(squares);
    }

    public void Clear()
    {
        foreach (var feature in Touched)
        {
            _counts[feature] = 0;
        }

        Touched.Clear();
    }
}
