using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The run of capitalised words around a token ("Housing Authority of New Orleans", "Hayes Street Grill"),
/// over the lower-case connectors names keep inside ("of", "and", "&amp;", "for", "the", "de") when a
/// capitalised word follows them. Its first and last words say what kind of name a long run is ("… Grill",
/// "… Inc.", "University of …") even where they lie beyond the recogniser's ±2-word window.
/// </summary>
internal static class CapitalisedRun
{
    // Longest stretch looked at on each side; names longer than this are rare and the work stays bounded.
    private const int MaxReach = 8;

    /// <summary>The first and last token of the run containing token <paramref name="i"/>; false when it is in none or alone.</summary>
    public static bool Find(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out int first, out int last)
    {
        first = i;
        last = i;
        if (!IsCapitalised(text, tokens[i]))
        {
            return false;
        }

        while (first > 0 && i - first < MaxReach)
        {
            if (IsCapitalised(text, tokens[first - 1]))
            {
                first--;
            }
            else if (first > 1 && IsConnector(text, tokens[first - 1]) && IsCapitalised(text, tokens[first - 2]))
            {
                first -= 2;
            }
            else
            {
                break;
            }
        }

        while (last + 1 < tokens.Length && last - i < MaxReach)
        {
            if (IsCapitalised(text, tokens[last + 1]))
            {
                last++;
            }
            else if (last + 2 < tokens.Length && IsConnector(text, tokens[last + 1]) && IsCapitalised(text, tokens[last + 2]))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }

        return last > first;
    }

    private static bool IsCapitalised(ReadOnlySpan<char> text, Token token) =>
        token.Length > 0 && char.IsUpper(text[token.Start]);

    private static bool IsConnector(ReadOnlySpan<char> text, Token token) =>
        text.Slice(token.Start, token.Length) is "of" or "and" or "&" or "for" or "the" or "de";
}
