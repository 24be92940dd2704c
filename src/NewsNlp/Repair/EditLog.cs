using System.Text;
using NewsNlp.Documents;

namespace NewsNlp.Repair;

/// <summary>
/// Chains repair passes: each pass reads the current text and proposes edits in its coordinates; the
/// log applies them and keeps, for every change so far, one raw-coordinate edit. A new edit that overlaps
/// an earlier one is merged with it (raw range = union, after = the region's newest text), so
/// the final list never overlaps and applying it to the raw text reproduces <see cref="Current"/>.
/// </summary>
internal sealed class EditLog
{
    private readonly string _raw;
    private List<Segment> _segments = [];

    // One recorded change: where it sits in the current text and which raw range it replaces.
    private readonly record struct Segment(int CleanStart, int CleanEnd, int RawStart, int RawEnd, EditKind Kind, string Rule, double Confidence);

    public EditLog(string raw)
    {
        _raw = raw;
        Current = raw;
    }

    /// <summary>The text after every pass applied so far.</summary>
    public string Current { get; private set; }

    /// <summary>
    /// Applies edits proposed on <see cref="Current"/>. They need not be sorted; an edit overlapping an
    /// earlier one of the same batch is dropped (a pass bug must not corrupt the text).
    /// </summary>
    public void Apply(List<PendingEdit> proposed)
    {
        if (proposed.Count == 0)
        {
            return;
        }

        proposed.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var edits = new List<PendingEdit>(proposed.Count);
        var lastEnd = 0;
        foreach (var e in proposed)
        {
            if (e.Start >= lastEnd && e.End >= e.Start && e.End <= Current.Length && !IsNoOp(e))
            {
                edits.Add(e);
                lastEnd = e.End;
            }
        }

        if (edits.Count == 0)
        {
            return;
        }

        var next = Rewrite(edits);
        _segments = Merge(edits);
        Current = next;
    }

    /// <summary>The recorded changes as raw-coordinate edits, in raw order.</summary>
    public IReadOnlyList<Edit> ToEdits()
    {
        var result = new Edit[_segments.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var s = _segments[i];
            result[i] = new Edit(
                s.Kind,
                s.Rule,
                new TextSpan(s.RawStart, s.RawEnd),
                _raw.Substring(s.RawStart, s.RawEnd - s.RawStart),
                Current.Substring(s.CleanStart, s.CleanEnd - s.CleanStart),
                s.Confidence);
        }

        return result;
    }

    private bool IsNoOp(PendingEdit e) => Current.AsSpan(e.Start, e.End - e.Start).SequenceEqual(e.After);

    private string Rewrite(List<PendingEdit> edits)
    {
        var builder = new StringBuilder(Current.Length + 16);
        var pos = 0;
        foreach (var e in edits)
        {
            builder.Append(Current, pos, e.Start - pos).Append(e.After);
            pos = e.End;
        }

        return builder.Append(Current, pos, Current.Length - pos).ToString();
    }

    // A sweep over old segments and new edits (both sorted, in current coordinates). A new edit that
    // overlaps old segments is merged with them into one cluster; everything else keeps its own edit,
    // so a spacing insertion beside a casing change stays two edits of two kinds.
    private List<Segment> Merge(List<PendingEdit> edits)
    {
        var result = new List<Segment>(_segments.Count + edits.Count);
        var oldIndex = 0;
        var newIndex = 0;
        var rawShift = 0; // raw − current, for current positions after the old segments passed so far
        var newShift = 0; // next − current, for positions after the new edits passed so far
        while (oldIndex < _segments.Count || newIndex < edits.Count)
        {
            if (newIndex >= edits.Count || (oldIndex < _segments.Count && OldComesFirst(_segments[oldIndex], edits[newIndex])))
            {
                var s = _segments[oldIndex];
                if (!OverlapsAny(s, edits, newIndex))
                {
                    oldIndex++;
                    result.Add(s with { CleanStart = s.CleanStart + newShift, CleanEnd = s.CleanEnd + newShift });
                    rawShift += (s.RawEnd - s.RawStart) - (s.CleanEnd - s.CleanStart);
                    continue;
                }
            }
            else if (oldIndex >= _segments.Count || !Overlaps(_segments[oldIndex].CleanStart, _segments[oldIndex].CleanEnd, edits[newIndex].Start, edits[newIndex].End))
            {
                // A new edit on its own: its raw range follows from the shift.
                var e = edits[newIndex++];
                result.Add(new Segment(e.Start + newShift, e.End + newShift + e.After.Length - (e.End - e.Start), e.Start + rawShift, e.End + rawShift, e.Kind, e.Rule, e.Confidence));
                newShift += e.After.Length - (e.End - e.Start);
                continue;
            }

            result.Add(Cluster(edits, ref oldIndex, ref newIndex, ref rawShift, ref newShift));
        }

        return result;
    }

    // Grows a cluster from the next old segment and the new edits overlapping it, and so on in turn.
    private Segment Cluster(List<PendingEdit> edits, ref int oldIndex, ref int newIndex, ref int rawShift, ref int newShift)
    {
        var first = _segments[oldIndex];
        var start = Math.Min(first.CleanStart, edits[newIndex].Start);
        var rawStart = first.CleanStart <= edits[newIndex].Start ? first.RawStart : start + rawShift;
        var cleanStart = start + newShift;
        int end = start, oldStart = int.MaxValue, oldEnd = int.MinValue, newStart = int.MaxValue, newEnd = int.MinValue;
        var kind = edits[newIndex].Kind;
        var rules = new List<string>(2);
        var confidence = 1.0;
        while (true)
        {
            if (oldIndex < _segments.Count && (newStart == int.MaxValue || Overlaps(_segments[oldIndex].CleanStart, _segments[oldIndex].CleanEnd, newStart, newEnd)))
            {
                var s = _segments[oldIndex++];
                (oldStart, oldEnd, end) = (Math.Min(oldStart, s.CleanStart), Math.Max(oldEnd, s.CleanEnd), Math.Max(end, s.CleanEnd));
                rawShift += (s.RawEnd - s.RawStart) - (s.CleanEnd - s.CleanStart);
                rules.Add(s.Rule);
                confidence = Math.Min(confidence, s.Confidence);
            }
            else if (newIndex < edits.Count && Overlaps(edits[newIndex].Start, edits[newIndex].End, oldStart, oldEnd))
            {
                var e = edits[newIndex++];
                (newStart, newEnd, end) = (Math.Min(newStart, e.Start), Math.Max(newEnd, e.End), Math.Max(end, e.End));
                newShift += e.After.Length - (e.End - e.Start);
                rules.Add(e.Rule);
                confidence = Math.Min(confidence, e.Confidence);
            }
            else
            {
                break;
            }
        }

        // Every old segment up to the cluster's end is counted in rawShift, so the end maps exactly.
        return new Segment(cleanStart, end + newShift, rawStart, end + rawShift, kind, string.Join('+', rules.Distinct()), confidence);
    }

    // Old first on equal starts, except that an insertion at an old segment's start goes before it.
    private static bool OldComesFirst(Segment s, PendingEdit e)
        => s.CleanStart < e.Start || (s.CleanStart == e.Start && e.End > e.Start);

    private static bool OverlapsAny(Segment s, List<PendingEdit> edits, int from)
    {
        for (var k = from; k < edits.Count && edits[k].Start <= s.CleanEnd; k++)
        {
            if (Overlaps(s.CleanStart, s.CleanEnd, edits[k].Start, edits[k].End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when two ranges share text, or an empty one sits strictly inside the other: touching ranges
    /// map to raw offsets without ambiguity and stay apart.
    /// </summary>
    private static bool Overlaps(int aStart, int aEnd, int bStart, int bEnd)
    {
        if (aStart == int.MaxValue || bStart == int.MaxValue)
        {
            return false;
        }

        if (aStart == aEnd)
        {
            return bStart < aStart && aStart < bEnd;
        }

        return bStart == bEnd ? aStart < bStart && bStart < aEnd : aStart < bEnd && bStart < aEnd;
    }
}
