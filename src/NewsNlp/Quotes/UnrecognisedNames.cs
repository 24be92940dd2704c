using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// Names the recogniser missed, read from the tagger's proper nouns: the last resort of a "he" or "she"
/// that found no person ("… why Trump continues to …, such as his suggestion that …" with "Trump" not
/// recognised). Only a subject counts, and only in the pronoun's own sentence, so objects ("met Putin") and
/// names inside quotation marks are never taken.
/// </summary>
internal static class UnrecognisedNames
{
    /// <summary>The nearest earlier unrecognised proper-noun name acting as a subject in the sentence before <paramref name="pronoun"/>; empty when there is none.</summary>
    public static string SubjectBefore(Article article, int pronoun)
    {
        var sentence = article.SentenceOfToken(pronoun);
        if (sentence < 0)
        {
            return string.Empty;
        }

        var first = article.Sentences[sentence].FirstToken;
        var quoteMarks = 0;
        for (var end = pronoun - 1; end >= first; end--)
        {
            if (IsDoubleQuoteMark(article.TokenText(end)))
            {
                quoteMarks++;
                continue;
            }

            // An odd number of quote marks between the name and the pronoun puts the name inside a quotation.
            if (quoteMarks % 2 != 0 || !IsNameWord(article, end))
            {
                continue;
            }

            var start = end;
            while (start > first && IsNameWord(article, start - 1))
            {
                start--;
            }

            if (IsSubject(article, start, end + 1, first))
            {
                return article.Clean[article.Tokens[start].Start..article.Tokens[end].End];
            }

            end = start;
        }

        return string.Empty;
    }

    /// <summary>A capitalised proper noun no mention covers and that is no title ("President").</summary>
    private static bool IsNameWord(Article article, int token)
    {
        var word = article.TokenText(token);
        return word.Length > 1 && char.IsUpper(word[0]) && article.Tokens[token].Pos == Upos.PROPN && !Stakeholders.Titles.Default.IsTitleWord(word)
            && !MentionSearch.Covers(article, article.Tokens[token].Start);
    }

    /// <summary>Followed by a verb ("Trump continues"), or opening a clause before a comma ("that Trump, or someone …").</summary>
    private static bool IsSubject(Article article, int start, int end, int sentenceStart)
    {
        if (end >= article.Tokens.Length)
        {
            return false;
        }

        if (WordClasses.IsVerbLike(article, end) || WordClasses.IsAuxiliary(article.TokenText(end)))
        {
            return true;
        }

        var opensClause = start == sentenceStart || WordClasses.IsClauseWord(article.TokenText(start - 1)) || WordClasses.IsPunctuation(article, start - 1);
        return opensClause && article.TokenIs(end, ",");
    }

    private static bool IsDoubleQuoteMark(ReadOnlySpan<char> token) => token.Length == 1 && QuoteMarks.IsDouble(token[0]);
}
