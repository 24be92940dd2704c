namespace NewsNlp.Repair;

/// <summary>
/// A lower-case word in parentheses spelling the initials of the words just before it is a lowered
/// acronym: "World Health Organisation (who)" → "(WHO)", "Fox News Channel’s (fnc)" → "(FNC)",
/// "political action committees (pacs)" → "(PACs)". Small words inside a name ("of", "and", "the",
/// "for") may be skipped, as acronyms skip them.
/// </summary>
internal static class ParenthesisedAcronym
{
    private const int MinLetters = 2;
    private const int MaxLetters = 6;

    /// <summary>The word in capitals when it is such an acronym, else null.</summary>
    public static string? Restore(string text, List<WordToken> words, int index)
    {
        var w = words[index];
        if (w.Start == 0 || text[w.Start - 1] != '(' || w.End >= text.Length || text[w.End] != ')' || index == 0)
        {
            return null;
        }

        var word = text.AsSpan(w.Start, w.Length);
        var plural = word.Length > MinLetters + 1 && word[^1] == 's';
        var letters = plural ? word[..^1] : word;
        if (letters.Length is < MinLetters or > MaxLetters || Initials(text, words, index, letters) != letters.Length)
        {
            return null;
        }

        return string.Concat(letters.ToString().ToUpperInvariant(), plural ? "s" : string.Empty);
    }

    // How many of the letters, read backwards, match the initials of the words before the parenthesis.
    private static int Initials(string text, List<WordToken> words, int index, ReadOnlySpan<char> letters)
    {
        var matched = 0;
        var expectedEnd = words[index].Start - 2;
        for (var j = index - 1; j >= 0 && matched < letters.Length; j--)
        {
            var before = words[j];
            if (before.End != expectedEnd)
            {
                return 0;
            }

            var first = char.ToLowerInvariant(text[before.Start]);
            if (first == letters[letters.Length - 1 - matched])
            {
                matched++;
            }
            else if (!IsSkippable(text.AsSpan(before.Start, before.Length)))
            {
                return 0;
            }

            expectedEnd = before.Start - 1;
        }

        return matched;
    }

    private static bool IsSkippable(ReadOnlySpan<char> word)
        => word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase)
            || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase);
}
