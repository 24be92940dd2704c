namespace NewsNlp.Stance;

/// <summary>
/// One thread's buffers for featurising and scoring one row at a time in the pipeline: the text and
/// context columns and the dense values, refilled for every statement and sentence, so the stance stage
/// makes no strings, arrays or row objects per row. Used by one call at a time on its thread.
/// </summary>
internal sealed class RowScratch
{
    [ThreadStatic]
    private static RowScratch? _current;

    private float[] _dense = new float[64];

    public static RowScratch ForThisThread => _current ??= new RowScratch();

    public CharBuffer Text { get; } = new();

    public CharBuffer Context { get; } = new();

    /// <summary><paramref name="count"/> dense values, all zero.</summary>
    public Span<float> Dense(int count)
    {
        if (_dense.Length < count)
        {
            _dense = new float[count];
        }

        var dense = _dense.AsSpan(0, count);
        dense.Clear();
        return dense;
    }
}
