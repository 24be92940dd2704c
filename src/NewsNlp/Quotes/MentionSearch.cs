using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// Looks up mentions by offset in the article's text-ordered mention list (binary search), so the
/// attribution patterns stay linear in the article's length however many quotes and names it has.
/// </summary>
internal static class MentionSearch
{
    /// <summary>The index of the first mention starting at or after <paramref name="offset"/>.</summary>
    public static int FirstFrom(Article article, int offset) =>
        OffsetSearch.CountBefore(article.Mentions, offset, static (m, o) => m.Start < o);

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) lies strictly inside one mention, neither
    /// its first nor its last word ("and" in "The Globe and Mail"). Looks at the few mentions starting just
    /// before, which is where an enclosing mention sits in the start-ordered list.
    /// </summary>
    public static bool InsideMention(Article article, int start, int end) =>
        AnyEnclosing(article, start, start, end, strict: true);

    /// <summary>Whether a mention covers the character at <paramref name="offset"/> (among the few starting just before it).</summary>
    public static bool Covers(Article article, int offset) =>
        AnyEnclosing(article, offset + 1, offset, offset, strict: false);

    /// <summary>
    /// Whether one of the four mentions starting just before <paramref name="before"/> encloses
    /// [<paramref name="start"/>, <paramref name="end"/>]: strictly (neither edge shared) or with its start allowed on
    /// <paramref name="start"/>.
    /// </summary>
    private static bool AnyEnclosing(Article article, int before, int start, int end, bool strict)
    {
        var mentions = article.Mentions;
        var first = FirstFrom(article, before);
        for (var i = first - 1; i >= 0 && i >= first - 4; i--)
        {
            var opens = strict ? mentions[i].Start < start : mentions[i].Start <= start;
            if (opens && mentions[i].End > end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name mention of a person lies within [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool NamesPerson(Article article, int start, int end)
    {
        var mentions = article.Mentions;
        for (var i = FirstFrom(article, start); i < mentions.Count && mentions[i].Start < end; i++)
        {
            var m = mentions[i];
            if (m.End <= end && m.EntityId >= 0 && m.Kind == MentionKind.Name && article.Entities[m.EntityId].Type == EntityTypes.Person)
            {
                return true;
            }
        }

        return false;
    }
}
