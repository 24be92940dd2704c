namespace NewsNlp.Stance;

/// <summary>Look-ups of span words in the ordinal string sets of the stance lexicons, without making strings.</summary>
internal static class WordSets
{
    public static bool ContainsWord(this HashSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A negation word, or a contraction of one ("doesn't", "won't").</summary>
    public static bool IsNegation(ReadOnlySpan<char> word) =>
        StanceLexicon.Negation.ContainsWord(word) || word.EndsWith("n't", StringComparison.Ordinal);
}
