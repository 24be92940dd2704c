namespace NewsNlp.Documents;

/// <summary>
/// The possessive "’s" on a word, as tokenizers that keep it on the word leave it ("Ukraine’s", "Monday's"). One
/// definition for the repair stage's case lexicon and the recogniser's date and name patterns.
/// </summary>
public static class Possessive
{
    /// <summary>The word without a trailing "’s" or "'s" ("Ukraine’s" → "Ukraine"); a word of two letters or fewer is kept whole.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> word)
        => word.Length > 2 && word[^2] is '\'' or '’' && word[^1] is 's' or 'S' ? word[..^2] : word;
}
