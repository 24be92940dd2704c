using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// A transcript line without quote marks: a person's name and a colon before their words ("… one more
/// line from her: Whitfield: My neighbours walked into the hearing with open minds …"). The label opens the sentence or
/// follows another colon; the words run to the sentence's end. One pass over the sentence's tokens.
/// </summary>
internal static class TranscriptLabels
{
    /// <summary>The longest name taken as a label ("Senate Minority Leader Chuck Schumer" is a title, not a label).</summary>
    private const int MaxLabelTokens = 3;

    /// <summary>A transcript line is a sentence of some length; "Schumer: No." is too little to tell.</summary>
    private const int MinContentWords = 5;

    public static void Find(Article article, Sentence sentence, IReadOnlyList<TextSpan> quoted, List<QuoteDraft> found)
    {
        if (!article.Clean.AsSpan(sentence.Start, sentence.End - sentence.Start).Contains(':'))
        {
            return;
        }

        var end = WordClasses.EndWithoutTrailingPunctuation(article, sentence.FirstToken, sentence.EndToken);
        var labelStart = sentence.FirstToken;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (!article.TokenIs(t, ":"))
            {
                continue;
            }

            if (IsNameLabel(article, labelStart, t) && Words(article, t + 1, end, out var lowerCaseWords) >= MinContentWords && lowerCaseWords > 0
                && StartsPlainClause(article, t + 1, quoted))
            {
                var content = new TextSpan(article.Tokens[t + 1].Start, article.Tokens[end - 1].End);
                if (!found.Exists(d => d.Content.Start < content.End && content.Start < d.Content.End))
                {
                    found.Add(new QuoteDraft
                    {
                        Kind = QuoteKind.Direct,
                        Content = content,
                        Attribution = new Attribution(new TokenRange(labelStart, t), -1, string.Empty, 0.7),
                    });
                }

                return;
            }

            labelStart = t + 1;
        }
    }

    /// <summary>One to three capitalised words that a person's name mention covers.</summary>
    private static bool IsNameLabel(Article article, int from, int colon)
    {
        if (colon - from is < 1 or > MaxLabelTokens)
        {
            return false;
        }

        for (var t = from; t < colon; t++)
        {
            if (!char.IsUpper(article.TokenText(t)[0]))
            {
                return false;
            }
        }

        return MentionSearch.NamesPerson(article, article.Tokens[from].Start, article.Tokens[colon - 1].End);
    }

    /// <summary>The words after the colon open a sentence of their own, not a quotation the mark scanner has.</summary>
    private static bool StartsPlainClause(Article article, int first, IReadOnlyList<TextSpan> quoted)
    {
        var word = article.TokenText(first);
        return char.IsUpper(word[0]) && !OffsetSearch.Inside(quoted, article.Tokens[first].Start) && word.IndexOfAny("\"“”‘’'«»") < 0;
    }

    /// <summary>
    /// The words after the colon, counted up to <see cref="MinContentWords"/>, and how many of those are
    /// lower-case words longer than a function word: a headline ("McConnell: We Have the Votes to Confirm
    /// Gorsuch") has none.
    /// </summary>
    private static int Words(Article article, int from, int to, out int lowerCaseWords)
    {
        var words = 0;
        lowerCaseWords = 0;
        for (var t = from; t < to && words < MinContentWords; t++)
        {
            var word = article.TokenText(t);
            words += char.IsLetterOrDigit(word[0]) ? 1 : 0;
            lowerCaseWords += word.Length > 3 && char.IsLower(word[0]) ? 1 : 0;
        }

        return words;
    }
}
