namespace NewsNlp.Training;

/// <summary>
/// Exact-match span scores (CoNLL style), overall and per type: a predicted span counts only if its
/// start, end and type all equal a gold span's. One <see cref="SpanScore"/> per type plus one overall.
/// </summary>
public sealed class SpanScores
{
    private readonly SortedDictionary<string, SpanScore> _byType = new(StringComparer.Ordinal);

    public SpanScore Overall { get; } = new();

    public IEnumerable<string> Types => _byType.Keys;

    public SpanScore Of(string type) => _byType.GetValueOrDefault(type) ?? new SpanScore();

    /// <summary>Adds one sentence's gold and predicted spans.</summary>
    public void Add(IEnumerable<(int Start, int End, string Type)> gold, IEnumerable<(int Start, int End, string Type)> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        Overall.Add(predictedSet, goldSet);
        foreach (var type in goldSet.Concat(predictedSet).Select(s => s.Type).Distinct())
        {
            if (!_byType.TryGetValue(type, out var score))
            {
                _byType[type] = score = new SpanScore();
            }

            score.Add(predictedSet.Where(s => s.Type == type).ToHashSet(), goldSet.Where(s => s.Type == type).ToHashSet());
        }
    }
}
