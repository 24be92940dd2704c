using System.Buffers;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// Markdown emphasis and heading marks ("*Port Elwin, 3 March*", "_Port Elwin_", "# Strike") are tokens of their
/// own, which the recogniser never saw in front of a name in training: it reads "* Port Elwin" as a person or
/// drops "Port". The stage hands it a sentence's tokens without them, so the names come out as in plain text;
/// mention offsets are the tokens' own, so nothing needs mapping back.
/// </summary>
internal static class MarkupTokens
{
    private static readonly SearchValues<char> Marks = SearchValues.Create("*_#~");

    /// <summary>
    /// <paramref name="tokens"/> itself when none is markup (the usual case: nothing is copied), otherwise the
    /// other tokens copied into <paramref name="buffer"/> (grown when too small, reused sentence after sentence).
    /// </summary>
    public static ReadOnlySpan<Token> Without(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref Token[]? buffer)
    {
        var firstMarkup = 0;
        while (firstMarkup < tokens.Length && !IsMarkup(text, tokens[firstMarkup]))
        {
            firstMarkup++;
        }

        if (firstMarkup == tokens.Length)
        {
            return tokens;
        }

        if (buffer == null || buffer.Length < tokens.Length)
        {
            buffer = new Token[Math.Max(tokens.Length, 64)];
        }

        tokens[..firstMarkup].CopyTo(buffer);
        var count = firstMarkup;
        for (var i = firstMarkup + 1; i < tokens.Length; i++)
        {
            if (!IsMarkup(text, tokens[i]))
            {
                buffer[count++] = tokens[i];
            }
        }

        return buffer.AsSpan(0, count);
    }

    /// <summary>
    /// The last token of <paramref name="tokens"/>[first..end) before the first gap between two of them that holds
    /// a markup mark, or -1 when no gap does: a name found over tokens whose marks were left out must stop there
    /// ("the **Westbury** council" names no "Westbury** council").
    /// </summary>
    public static int LastBeforeMarkedGap(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var i = first; i + 1 < end; i++)
        {
            var gap = text[tokens[i].End..tokens[i + 1].Start];
            if (gap.IndexOfAny(Marks) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A token made only of the marks markdown wraps text in or opens headings with.</summary>
    public static bool IsMarkup(ReadOnlySpan<char> text, Token token)
    {
        if (token.Length == 0)
        {
            return false;
        }

        foreach (var c in text.Slice(token.Start, token.Length))
        {
            if (c is not ('*' or '_' or '#' or '~'))
            {
                return false;
            }
        }

        return true;
    }
}
