namespace NewsNlp.Documents;

/// <summary>
/// Maps offsets of the cleaned text back to the raw text, in the manner of Lucene's char filters.
/// It is built from the edits: outside an edit, cleaned and raw text agree character for character;
/// inside one, every cleaned offset maps to the edit's raw range.
/// </summary>
public sealed class TextMap
{
    // Sorted by CleanStart; one segment per edit. Between segments the texts are aligned with a
    // constant shift, so a binary search finds the segment and arithmetic does the rest.
    private readonly Segment[] _segments;

    private readonly record struct Segment(int CleanStart, int CleanEnd, int RawStart, int RawEnd);

    private TextMap(Segment[] segments, int rawLength, int cleanLength)
    {
        _segments = segments;
        RawLength = rawLength;
        CleanLength = cleanLength;
    }

    public int RawLength { get; }

    public int CleanLength { get; }

    /// <summary>The map of a text no edit touched.</summary>
    public static TextMap Identity(int length) => new([], length, length);

    /// <summary>
    /// Applies <paramref name="edits"/> (raw ranges, non-overlapping, any order) to <paramref name="raw"/>
    /// and returns the cleaned text with its map. Throws when two edits overlap: a repair bug, never input.
    /// </summary>
    public static (string Clean, TextMap Map) Apply(string raw, IReadOnlyList<Edit> edits)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(edits);
        if (edits.Count == 0)
        {
            return (raw, Identity(raw.Length));
        }

        var ordered = edits.OrderBy(e => e.Source.Start).ThenBy(e => e.Source.End).ToArray();
        var builder = new System.Text.StringBuilder(raw.Length);
        var segments = new Segment[ordered.Length];
        var rawPos = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            var e = ordered[i];
            if (e.Source.Start < rawPos || e.Source.End > raw.Length || e.Source.Start > e.Source.End)
            {
                throw new InvalidOperationException($"Edit {e.Rule} at {e.Source} overlaps an earlier edit or leaves the text.");
            }

            builder.Append(raw, rawPos, e.Source.Start - rawPos);
            var cleanStart = builder.Length;
            builder.Append(e.After);
            segments[i] = new Segment(cleanStart, builder.Length, e.Source.Start, e.Source.End);
            rawPos = e.Source.End;
        }

        builder.Append(raw, rawPos, raw.Length - rawPos);
        return (builder.ToString(), new TextMap(segments, raw.Length, builder.Length));
    }

    /// <summary>The raw offset of a cleaned offset (0..CleanLength inclusive).</summary>
    /// <param name="cleanOffset">An offset into the cleaned text.</param>
    /// <param name="isEnd">True for an exclusive end, which maps to the end of an edit it touches.</param>
    public int ToSource(int cleanOffset, bool isEnd = false)
    {
        if (cleanOffset < 0 || cleanOffset > CleanLength)
        {
            throw new ArgumentOutOfRangeException(nameof(cleanOffset));
        }

        // Last segment starting at or before the offset.
        var found = OffsetSearch.CountBefore(_segments, cleanOffset, static (seg, o) => seg.CleanStart <= o) - 1;
        if (found < 0)
        {
            return cleanOffset;
        }

        var s = _segments[found];
        if (isEnd && cleanOffset == s.CleanStart && s.CleanEnd > s.CleanStart)
        {
            // An end touching the start of a replacement ends the text before it, not the replacement.
            return s.RawStart;
        }

        if (cleanOffset < s.CleanEnd || (cleanOffset == s.CleanEnd && isEnd && s.CleanEnd > s.CleanStart && cleanOffset > s.CleanStart))
        {
            // Inside an edit: a start maps to the edit's raw start, an end to its raw end.
            return isEnd ? s.RawEnd : s.RawStart;
        }

        if (cleanOffset == s.CleanStart && s.CleanEnd == s.CleanStart)
        {
            // A deletion sits here: a start lands after the deleted text, an end before it.
            return isEnd ? s.RawStart : s.RawEnd;
        }

        return s.RawEnd + (cleanOffset - s.CleanEnd);
    }

    /// <summary>The raw range of a cleaned range.</summary>
    public TextSpan ToSource(TextSpan clean)
    {
        var start = ToSource(clean.Start);
        var end = clean.IsEmpty ? start : ToSource(clean.End, isEnd: true);
        return new TextSpan(start, Math.Max(start, end));
    }
}
