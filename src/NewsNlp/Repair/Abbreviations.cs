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

    /// <summary>
    /// True when the period at <paramref name="dot"/> closes an abbreviation: a known one, a single letter
    /// (initials, "U.S."), or a word that already contains periods ("e.g", "a.m").
    /// </summary>
    public static bool EndsAbbreviation(string text, int dot)
    {
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

        if (word.Contains('.') || (word.Length == 1 && char.IsLetter(word[0])))
        {
            return true;
        }

        return Lookup.Contains(word);
    }
}
