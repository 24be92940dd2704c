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
