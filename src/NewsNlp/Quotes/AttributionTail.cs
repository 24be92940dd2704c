using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// The words around a reporting verb that closes a sentence: "…, a source told Politico in February.",
/// "…, Okafor said Tuesday in a statement, the Gazette first reported.", and an appositive before the verb
/// ("…, Jack Langer, the company's spokesman, said.").
/// </summary>
internal static class AttributionTail
{
    /// <summary>At most this many adjunct words after the verb ("reporters on Tuesday", "in a statement").</summary>
    private const int MaxAdjunctWords = 8;

    /// <summary>At most this many words in a relaying clause after the tail (", CNN first reported").</summary>
    private const int MaxRelayWords = 5;

    /// <summary>
    /// Whether the tokens from <paramref name="from"/> to <paramref name="end"/> only say to whom, when and how
    /// it was said (no verb, clause word or quotation), optionally followed by a short relaying clause
    /// ending in a reporting verb (", CNN first reported"), by "according to X" or by a participle clause.
    /// </summary>
    public static bool IsAdjunctTail(Article article, int from, int end)
    {
        var t = from;
        for (; t < end && !article.TokenIs(t, ","); t++)
        {
            if (t - from >= MaxAdjunctWords || IsClauseMaterial(article, t))
            {
                return false;
            }
        }

        return t >= end || IsRelay(article, t + 1, end) || OpensParticipleClause(article, t + 1, end);
    }

    /// <summary>", heightening the stakes for …": a participle clause after the tail is the writer's comment on the report.</summary>
    private static bool OpensParticipleClause(Article article, int from, int end)
    {
        if (from >= end)
        {
            return false;
        }

        var word = article.TokenText(from);
        return word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal) && !ReportingCues.IsVerb(article, from, out _);
    }

    /// <summary>
    /// The speaker phrase right before a closing <paramref name="verb"/>: the words back to a comma ("…, a
    /// source told"), or the name before an appositive ("…, Jack Langer, the company's spokesman, said").
    /// <paramref name="comma"/> is the comma that ends the content; the range is empty when none fits.
    /// </summary>
    public static TokenRange SpeakerBefore(Article article, int verb, int floor, int maxWords, Func<int, bool> isSpeakerWord, out int comma)
    {
        var last = verb - 1;
        var appositive = article.TokenIs(last, ",");
        if (appositive)
        {
            last = RunStart(article, last, floor, maxWords, isSpeakerWord) - 1;
            if (last <= floor || last == verb - 2 || !article.TokenIs(last, ","))
            {
                comma = -1;
                return TokenRange.Empty;
            }
        }

        var end = appositive ? last : verb;
        var start = RunStart(article, end, floor, maxWords, isSpeakerWord);
        comma = start - 1;
        if (comma - 1 > floor && (article.TokenText(comma) is "”" or "\"" || (!appositive && article.TokenIs(comma, "as"))) && article.TokenIs(comma - 1, ","))
        {
            // "… in a “secure location,” Jack Langer said": the comma sits inside the closing mark;
            // "…, as the video below notes.": "as" opens the attribution.
            comma--;
        }

        // "the video below notes": where the source sits on the page is not part of its name.
        if (!appositive && end - 1 > start && article.TokenText(end - 1) is "below" or "above")
        {
            end--;
        }

        var named = !appositive || (start < end && char.IsUpper(article.TokenText(start)[0])
            && (article.Tokens[end - 1].Pos == Upos.PROPN || MentionSearch.NamesPerson(article, article.Tokens[start].Start, article.Tokens[end - 1].End)));
        return named ? new TokenRange(start, end) : TokenRange.Empty;
    }

    /// <summary>The first of the speaker words running back from just before <paramref name="end"/>.</summary>
    private static int RunStart(Article article, int end, int floor, int maxWords, Func<int, bool> isSpeakerWord)
    {
        var start = end;
        while (start - 1 > floor && end - start < maxWords && isSpeakerWord(start - 1))
        {
            start--;
        }

        return start;
    }

    private static bool IsRelay(Article article, int from, int end)
    {
        if (from + 1 < end && article.TokenIs(from, "according") && article.TokenIs(from + 1, "to"))
        {
            return true;
        }

        return end - from <= MaxRelayWords && end - 1 > from && ReportingCues.IsVerb(article, end - 1, out _);
    }

    private static bool IsClauseMaterial(Article article, int token) =>
        WordClasses.IsVerbLike(article, token) || WordClasses.IsClauseWord(article.TokenText(token))
        || article.TokenText(token).IndexOfAny("\"“”«»") >= 0 || (WordClasses.IsPunctuation(article, token) && !article.TokenIs(token, "."));
}
