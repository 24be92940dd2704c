namespace NewsNlp.Training;

/// <summary>
/// Exact-match span scores (CoNLL style): a predicted span counts only if its start, end and type all
/// equal a gold span's. Kept per type and overall.
/// </summary>
public sealed class SpanScores
{
    private readonly SortedDictionary<string, (int Tp, int Fp, int Fn)> _byType = new(StringComparer.Ordinal);

    public void Add(IEnumerable<(int Start, int End, string Type)> gold, IEnumerable<(int Start, int End, string Type)> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        foreach (var g in goldSet)
        {
            Count(g.Type, predictedSet.Contains(g) ? (1, 0, 0) : (0, 0, 1));
        }

        foreach (var p in predictedSet.Where(p => !goldSet.Contains(p)))
        {
            Count(p.Type, (0, 1, 0));
        }
    }

    public IEnumerable<string> Types => _byType.Keys;

    public (double Precision, double Recall, double F1, int Gold) Of(string? type = null)
    {
        var (tp, fp, fn) = type == null
            ? _byType.Values.Aggregate((0, 0, 0), (a, v) => (a.Item1 + v.Tp, a.Item2 + v.Fp, a.Item3 + v.Fn))
            : _byType.GetValueOrDefault(type);
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, tp + fn);
    }

    private void Count(string type, (int Tp, int Fp, int Fn) delta)
    {
        var v = _byType.GetValueOrDefault(type);
        _byType[type] = (v.Tp + delta.Tp, v.Fp + delta.Fp, v.Fn + delta.Fn);
    }
}
