namespace NewsNlp.Stance;

/// <summary>
/// Splits a string into word spans (letters, digits, inner apostrophes and hyphens) without copying.
/// The stance features need words of raw strings (corpus rows, statements), not the article's tokens.
/// </summary>
internal static class WordScanner
{
    /// <summary>Calls <paramref name="onWord"/> with the start and end of every word, in order.</summary>
    public static void Scan(ReadOnlySpan<char> text, Action<int, int> onWord)
    {
        var position = 0;
        while (NextWord(text, ref position, out var start, out var end))
        {
            onWord(start, end);
        }
    }

    /// <summary>The next word at or after <paramref name="position"/>, which moves past it; false when none is left.</summary>
    public static bool NextWord(ReadOnlySpan<char> text, ref int position, out int start, out int end)
    {
        var i = position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
        {
            i++;
        }

        end = i;
        position = i;
        return end > start;
    }

    /// <summary>A word's character as features see it: lower case, curly apostrophe folded to a straight one.</summary>
    public static char Fold(char c) => c == '\u2019' ? '\'' : char.ToLowerInvariant(c);

    /// <summary>The word folded (see <see cref="Fold(char)"/>) into <paramref name="buffer"/>, or into a new array when the buffer is too short.</summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var folded = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            folded[i] = Fold(word[i]);
        }

        return folded;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';
}
