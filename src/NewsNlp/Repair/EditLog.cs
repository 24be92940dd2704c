using System.Text;
using NewsNlp.Documents;

namespace NewsNlp.Repair;

/// <summary>
/// Chains repair passes: each pass reads the current text and proposes edits in its coordinates; the
/// log applies them and keeps, for every change so far, one raw-coordinate edit. A new edit that overlaps
/// or touches an earlier one is merged with it (raw range = union, after = the region's newest text), so
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

    // A sweep over old segments and new edits (both sorted, in current coordinates). Items that touch are
    // grouped into a cluster when the cluster holds at least one new edit; old segments elsewhere only shift.
    private List<Segment> Merge(List<PendingEdit> edits)
    {
        var result = new List<Segment>(_segments.Count + edits.Count);
        var oldIndex = 0;
        var newIndex = 0;
        var rawShift = 0; // raw − current, for current positions outside old segments seen so far
        var newShift = 0; // next − current, for positions after the new edits seen so far
        while (oldIndex < _segments.Count || newIndex < edits.Count)
        {
            var takeOld = newIndex >= edits.Count || (oldIndex < _segments.Count && _segments[oldIndex].CleanStart <= edits[newIndex].Start);
            if (takeOld && !Touches(_segments[oldIndex], edits, newIndex))
            {
                var s = _segments[oldIndex++];
                result.Add(s with { CleanStart = s.CleanStart + newShift, CleanEnd = s.CleanEnd + newShift });
                rawShift += (s.RawEnd - s.RawStart) - (s.CleanEnd - s.CleanStart);
                continue;
            }

            // Open a cluster and grow it: an old segment joins when it touches the cluster, a new edit when
            // it touches an old segment of the cluster (new edits of one pass stay apart from each other).
            var start = takeOld ? _segments[oldIndex].CleanStart : edits[newIndex].Start;
            var rawStart = takeOld ? _segments[oldIndex].RawStart : start + rawShift;
            var cleanStart = start + newShift;
            var end = start;
            var oldEnd = -1;
            var firstNew = -1;
            var rules = new List<string>(2);
            var confidence = 1.0;
            while (true)
            {
                if (oldIndex < _segments.Count && _segments[oldIndex].CleanStart <= end
                    && (newIndex >= edits.Count || _segments[oldIndex].CleanStart <= edits[newIndex].Start))
                {
                    var s = _segments[oldIndex++];
                    end = Math.Max(end, s.CleanEnd);
                    oldEnd = Math.Max(oldEnd, s.CleanEnd);
                    rawShift += (s.RawEnd - s.RawStart) - (s.CleanEnd - s.CleanStart);
                    rules.Add(s.Rule);
                    confidence = Math.Min(confidence, s.Confidence);
                }
                else if (newIndex < edits.Count && (firstNew < 0 ? edits[newIndex].Start <= end : edits[newIndex].Start <= oldEnd))
                {
                    var e = edits[newIndex];
                    firstNew = firstNew < 0 ? newIndex : firstNew;
                    newIndex++;
                    end = Math.Max(end, e.End);
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
            var kind = edits[firstNew].Kind;
            result.Add(new Segment(cleanStart, end + newShift, rawStart, end + rawShift, kind, string.Join('+', rules.Distinct()), confidence));
        }

        return result;
    }

    private static bool Touches(Segment s, List<PendingEdit> edits, int newIndex)
        => newIndex < edits.Count && edits[newIndex].Start <= s.CleanEnd;
}
