namespace NewsNlp.Stance;

/// <summary>
/// The words of a text as <see cref="WordScanner"/> finds them, each folded (lower case, straight
/// apostrophe) into a caller's buffer, so hot paths read a statement's words without a string per
/// word. <see cref="Current"/> is valid until the next <see cref="MoveNext"/>; a word longer than the
/// buffer gets a heap copy of its own, so nothing is ever cut short.
/// </summary>
internal ref struct FoldedWords
{
    /// <summary>A buffer this long (stack-allocated by the caller) holds all but freakish words.</summary>
    public const int BufferLength = 64;

    private readonly ReadOnlySpan<char> _text;
    private readonly Span<char> _buffer;
    private int _position;

    public FoldedWords(ReadOnlySpan<char> text, Span<char> buffer)
    {
        _text = text;
        _buffer = buffer;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly FoldedWords GetEnumerator() => this;

    public bool MoveNext()
    {
        if (!WordScanner.NextWord(_text, ref _position, out var start, out var end))
        {
            return false;
        }

        Current = WordScanner.Fold(_text[start..end], _buffer);
        return true;
    }
}
