using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// The article's own sentences about a stakeholder: sentences with a mention of it that lies outside
/// every quote, so what others say does not count as how the article portrays it. Only the first few
/// such sentences count: news introduces and characterises a stakeholder early, and the cap bounds
/// the cost of long articles (portrayal was two thirds of the stance stage's time).
/// </summary>
internal static class PortrayalCollector
{
    public const int MaxSentencesPerStakeholder = 6;

    /// <summary>(sentence span, mention span) pairs per entity, one per sentence.</summary>
    public static Dictionary<int, List<(TextSpan Sentence, TextSpan Target)>> Collect(Article article)
    {
        var result = new Dictionary<int, List<(TextSpan, TextSpan)>>();
        var quoted = QuotedStretches(article);
        foreach (var mention in article.Mentions)
        {
            if (mention.EntityId < 0 || mention.End > article.Clean.Length || OffsetSearch.Inside(quoted, mention.Start))
            {
                continue;
            }

            if (StatementCollector.SentenceSpan(article, mention.Sentence, mention.Start) is not { } sentence)
            {
                continue;
            }

            if (!result.TryGetValue(mention.EntityId, out var list))
            {
                result[mention.EntityId] = list = [];
            }

            if (list.Count < MaxSentencesPerStakeholder && (list.Count == 0 || list[^1].Item1 != sentence))
            {
                list.Add((sentence, mention.Span));
            }
        }

        return result;
    }

    // The union of the quotes' contents as sorted, disjoint spans, so each mention costs a binary search
    // rather than a pass over every quote. Quotes may nest or overlap (a direct quote inside reported
    // speech), hence the merge: OffsetSearch needs spans that do not overlap.
    private static List<TextSpan> QuotedStretches(Article article)
    {
        var spans = article.Quotes.Select(q => q.Content).Where(c => !c.IsEmpty).OrderBy(c => c.Start).ToList();
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
