namespace NewsNlp.Stance;

/// <summary>
/// A growable run of characters that is cleared and refilled for every statement or sentence: the
/// featurizers write a marked text into it and the classifiers hash it as a span, so scoring in the
/// pipeline makes no string per row. Unlike a <see cref="System.Text.StringBuilder"/>, clearing it keeps
/// its one array (a builder that grew in chunks allocates a new array when it is cleared). Not thread-safe.
/// </summary>
internal sealed class CharBuffer
{
    private char[] _chars = new char[256];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public CharBuffer Clear()
    {
        Length = 0;
        return this;
    }

    public CharBuffer Append(char c)
    {
        Reserve(1)[0] = c;
        return this;
    }

    public CharBuffer Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Reserve(text.Length));
        return this;
    }

    public override string ToString() => new(Span);

    // The next `count` characters, appended; the array doubles when it is full.
    private Span<char> Reserve(int count)
    {
        if (Length + count > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + count));
        }

        var span = _chars.AsSpan(Length, count);
        Length += count;
        return span;
    }
}
