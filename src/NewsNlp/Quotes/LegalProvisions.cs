using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// A numbered provision of a legal text ("Article 5", "Section 230", "Clause 4", "the 14th Amendment") never
/// speaks: what it "states" is its owner's wording. The owner is the possessive before it ("NATO’s Article 5")
/// or the "of" phrase after it ("Article 5 of NATO").
/// </summary>
internal static class LegalProvisions
{
    private static readonly WordTable<bool> ProvisionWords = WordTable.Of(
        "article", "articles", "section", "sections", "clause", "clauses", "paragraph", "subsection", "chapter", "amendment", "provision");

    /// <summary>Whether <paramref name="phrase"/> names a provision; <paramref name="owner"/> is its owner's words, empty when none is named.</summary>
    public static bool Find(Article article, TokenRange phrase, out TokenRange owner)
    {
        owner = TokenRange.Empty;
        for (var t = phrase.Start; t < phrase.End; t++)
        {
            if (!ProvisionWords.Contains(article.TokenText(t)) || !IsNumbered(article, t, phrase))
            {
                continue;
            }

            owner = PossessiveOwner(article, phrase.Start, t);
            if (owner.IsEmpty)
            {
                owner = OfOwner(article, t, phrase.End);
            }

            return true;
        }

        return false;
    }

    /// <summary>A number or Roman numeral right after the word ("Article 5", "Title IX"), or an ordinal before it ("14th Amendment").</summary>
    private static bool IsNumbered(Article article, int word, TokenRange phrase)
    {
        var after = word + 1 < phrase.End ? article.TokenText(word + 1) : default;
        var before = word > phrase.Start ? article.TokenText(word - 1) : default;
        return (after.Length > 0 && (char.IsDigit(after[0]) || IsRomanNumeral(after))) || (before.Length > 0 && char.IsDigit(before[0]));
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word) => word.Length <= 5 && !word.ContainsAnyExcept("IVXL");

    /// <summary>"NATO’s Article 5": the words before the possessive mark.</summary>
    private static TokenRange PossessiveOwner(Article article, int start, int provision)
    {
        for (var t = provision - 1; t >= start; t--)
        {
            var word = article.TokenText(t);
            if (word is "’s" or "'s" or "’" or "'")
            {
                return t > start ? new TokenRange(start, t) : TokenRange.Empty;
            }

            if (WordClasses.EndsPossessive(word))
            {
                return new TokenRange(start, t + 1);
            }
        }

        return TokenRange.Empty;
    }

    /// <summary>"Article 5 of NATO": the words after "of".</summary>
    private static TokenRange OfOwner(Article article, int provision, int end)
    {
        for (var t = provision + 1; t + 1 < end; t++)
        {
            if (article.TokenIs(t, "of"))
            {
                return new TokenRange(t + 1, end);
            }
        }

        return TokenRange.Empty;
    }
}
