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
        var entities = article.Mentions.Where(m => m.EntityId >= 0).Select(m => m.EntityId).Distinct().Order().ToArray();
        var sentences = new (TextSpan, TextSpan)[entities.Length * MaxSentencesPerStakeholder];
        var counts = new int[entities.Length];
        Collect(article, entities, sentences, counts);
        var result = new Dictionary<int, List<(TextSpan, TextSpan)>>();
        for (var e = 0; e < entities.Length; e++)
        {
            if (counts[e] > 0)
            {
                result[entities[e]] = [.. sentences.AsSpan(e * MaxSentencesPerStakeholder, counts[e])];
            }
        }

        return result;
    }

    /// <summary>
    /// The sentences of the stakeholders in <paramref name="entities"/> (ascending ids) only: entity
    /// <c>entities[e]</c>'s go to <paramref name="sentences"/> from <c>e</c> × <see cref="MaxSentencesPerStakeholder"/>,
    /// their number to <paramref name="counts"/>[e]. Mentions of other entities are skipped before any sentence
    /// or quote is looked up (the stance stage asks only for stakeholders that get a row).
    /// </summary>
    public static void Collect(Article article, ReadOnlySpan<int> entities, Span<(TextSpan Sentence, TextSpan Target)> sentences, Span<int> counts)
    {
        counts.Clear();
        var quoted = QuotedStretches(article);
        foreach (var mention in article.Mentions)
        {
            var e = mention.EntityId < 0 ? -1 : entities.BinarySearch(mention.EntityId);
            if (e < 0 || counts[e] == MaxSentencesPerStakeholder || mention.End > article.Clean.Length || OffsetSearch.Inside(quoted, mention.Start))
            {
                continue;
            }

            if (StatementCollector.SentenceSpan(article, mention.Sentence, mention.Start) is not { } sentence)
            {
                continue;
            }

            var first = e * MaxSentencesPerStakeholder;
            if (counts[e] == 0 || sentences[first + counts[e] - 1].Sentence != sentence)
            {
                sentences[first + counts[e]++] = (sentence, mention.Span);
            }
        }
    }

    [ThreadStatic]
    private static List<TextSpan>? _quoted;

    // The union of the quotes' contents as sorted, disjoint spans, so each mention costs a binary search
    // rather than a pass over every quote. Quotes may nest or overlap (a direct quote inside reported
    // speech), hence the merge: OffsetSearch needs spans that do not overlap. The list is the thread's,
    // reused by the next article.
    private static List<TextSpan> QuotedStretches(Article article)
    {
        var merged = _quoted ??= [];
        merged.Clear();
        foreach (var quote in article.Quotes)
        {
            if (!quote.Content.IsEmpty)
            {
                merged.Add(quote.Content);
            }
        }

        // Spans with the same start merge to the same union in any order, so an unstable sort will do.
        merged.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var count = 0;
        for (var i = 0; i < merged.Count; i++)
        {
            var span = merged[i];
            if (count > 0 && span.Start <= merged[count - 1].End)
            {
                merged[count - 1] = merged[count - 1] with { End = Math.Max(merged[count - 1].End, span.End) };
            }
            else
            {
                merged[count++] = span;
            }
        }

        merged.RemoveRange(count, merged.Count - count);
        return merged;
    }
}
