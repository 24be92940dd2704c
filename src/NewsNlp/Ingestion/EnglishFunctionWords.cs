namespace NewsNlp.Ingestion;

/// <summary>
/// A fast first look at a text's language: the share of its words that are English function words.
/// Running English prose has about a quarter of its words in this list, other languages almost none (the
/// list leaves out words other languages share, like "die", "in", "is", "a"), so a high share settles the
/// common case without the slower statistical detector.
/// </summary>
internal static class EnglishFunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "that", "for", "with", "this", "from", "by", "have", "has", "are", "were",
        "which", "their", "said", "not", "but", "it", "its", "be", "been", "will", "would", "they", "he", "she",
        "his", "her", "who", "what", "there", "about", "more", "after", "also", "than", "these", "those",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words counted, and how many were English function words.</summary>
    public static (int Words, int English) Count(ReadOnlySpan<char> text)
    {
        int words = 0, english = 0, start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words++;
                english += Lookup.Contains(text[start..i]) ? 1 : 0;
                start = -1;
            }
        }

        return (words, english);
    }

    /// <summary>True when the text is clearly English: at least 20 words, 15% or more of them function words.</summary>
    public static bool ClearlyEnglish(int words, int english) => words >= 20 && english * 100 >= words * 15;
}
