namespace NewsNlp.Repair;

/// <summary>
/// Words that end with a period without ending a sentence (Mr., e.g., Jan.). A period after one of them
/// neither calls for a space before the next word nor starts a sentence for the truecaser.
/// </summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "rep", "sen",
        "gov", "pres", "rev", "hon", "vs", "etc", "eg", "ie", "al", "approx", "dept", "est", "fig", "inc", "ltd", "co",
        "corp", "no", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "ft", "mt", "ave", "blvd", "univ",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    // US state abbreviations in news style ("Rep. Thomas Massie (R-Ky.) said", "Bunkerville, Nev. to").
    // Matched only capitalised: several are words in lower case ("ill.", "miss.", "wash.").
    private static readonly HashSet<string> States = new(StringComparer.Ordinal)
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex",
        "Vt", "Va", "Wash", "Wis", "Wyo",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateLookup = States.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when the period at <paramref name="dot"/> closes an abbreviation: a known one, a single letter
    /// (initials, "U.S."), or a word that already contains periods ("e.g", "a.m").
    /// </summary>
    public static bool EndsAbbreviation(string text, int dot)
    {
        // The later dots of an ellipsis ("happiness... but") close nothing.
        if (dot > 0 && text[dot - 1] == '.')
        {
            return true;
        }

        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.') && dot - start < 32)
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        if (word.Length == 0)
        {
            return false;
        }

        if ((word.Contains('.') && IsDottedLetters(word)) || (word.Length == 1 && char.IsLetter(word[0])))
        {
            return true;
        }

        return Lookup.Contains(word) || StateLookup.Contains(word);
    }

    /// <summary>
    /// True for a dotted abbreviation or initials ("U.S", "e.g", "a.m"): every part between periods is
    /// one or two letters. A chain of longer words ("alt.animals") is a name, not an abbreviation.
    /// </summary>
    public static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('.'))
        {
            if (word[range].Length > 2)
            {
                return false;
            }
        }

        return true;
    }
}
