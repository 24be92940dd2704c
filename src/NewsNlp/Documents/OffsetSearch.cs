namespace NewsNlp.Documents;

/// <summary>
/// The one binary search behind every offset look-up (tokens, sentences, mentions, quotes, offset-map
/// segments): items are sorted by position, so a test such as "ends at or before the offset" holds for a
/// prefix of them, and the search finds where that prefix ends in O(log n) without index arrays.
/// </summary>
public static class OffsetSearch
{
    /// <summary>
    /// The number of leading items for which <paramref name="before"/>(item, <paramref name="offset"/>) holds,
    /// i.e. the index of the first item for which it does not; <c>items.Count</c> when it holds for all.
    /// </summary>
    public static int CountBefore<T>(IReadOnlyList<T> items, int offset, Func<T, int, bool> before)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (before(items[mid], offset))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether <paramref name="offset"/> lies inside one of <paramref name="spans"/> (sorted, not overlapping).</summary>
    public static bool Inside(IReadOnlyList<TextSpan> spans, int offset) => IndexContaining(spans, offset) >= 0;

    /// <summary>The index of the span of sorted, non-overlapping <paramref name="spans"/> holding <paramref name="offset"/>; -1 when none.</summary>
    public static int IndexContaining(IReadOnlyList<TextSpan> spans, int offset)
    {
        var i = CountBefore(spans, offset, static (s, o) => s.End <= o);
        return i < spans.Count && spans[i].Start <= offset ? i : -1;
    }
}
