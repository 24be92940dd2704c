using System.Collections.Frozen;
using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// Lower-case function words and punctuation that never begin a name in the training data. Outside a
/// name the recogniser labels them O without scoring, which skips about half the tokens of news text.
/// Matched on the exact form, so "US" or "May" are still scored; only "us" and "may" are skipped.
/// </summary>
internal static class FunctionWords
{
    private static readonly string[] Words =
    [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "from",
        "by", "with", "about", "as", "into", "onto", "over", "under", "after", "before", "between", "through",
        "during", "without", "within", "against", "among", "than", "that", "this", "these", "those", "there",
        "here", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "if", "then", "because",
        "while", "although", "though", "whether", "is", "are", "was", "were", "be", "been", "being", "am",
        "has", "have", "had", "having", "do", "does", "did", "done", "will", "would", "shall", "should", "can",
        "could", "may", "might", "must", "not", "no", "n't", "'s", "’s", "'re", "'ve", "'ll", "'d", "'m",
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his",
        "its", "our", "their", "mine", "yours", "hers", "ours", "theirs", "myself", "himself", "herself",
        "itself", "ourselves", "themselves", "all", "any", "some", "each", "every", "both", "either", "neither",
        "more", "most", "much", "many", "few", "less", "other", "such", "only", "own", "same", "too", "very",
        "also", "just", "even", "still", "already", "again", "ever", "never", "now", "said", "says", "say",
        "one", "up", "down", "out", "off", "said", "like", "well", "s",
    ];

    private static readonly FrozenSet<uint> Hashes = Words.Select(w => Hash(w)).ToFrozenSet();

    /// <summary>True for a listed function word or a token made only of punctuation and symbols.</summary>
    public static bool IsSkippable(ReadOnlySpan<char> token)
    {
        if (token.Length == 0)
        {
            return true;
        }

        var onlyPunctuation = true;
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                onlyPunctuation = false;
                break;
            }
        }

        return onlyPunctuation || (token.Length <= 10 && Hashes.Contains(Hash(token)));
    }

    private static uint Hash(ReadOnlySpan<char> token) => FeatureHash.Start(0x57).Add(token);
}
