using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Stance;

/// <summary>
/// Each stakeholder's stance toward the article's issue (the title, or a topic given for the run) from
/// its quotes and stance-bearing sentences, plus how the article's own sentences portray it. Models are
/// loaded once and shared by all threads; a stakeholder without statements gets no stance.
/// </summary>
public sealed class StanceStage(StanceModel stance, PortrayalModel? portrayal, string? topic = null) : IStage, IReportsModels
{
    private readonly string? _topic = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim();

    public string Name => "stance";

    public Layer Requires => Layer.Sentences | Layer.Entities | Layer.Quotes;

    public Layer Provides => Layer.Stances;

    public IReadOnlyList<ModelInfo> Models => new[] { stance.Info, portrayal?.Info }.OfType<ModelInfo>().ToArray();

    /// <summary>Loads the shipped models of a mode (once per process) and builds the stage.</summary>
    public static StanceStage Create(ModelMode mode, string? topic) =>
        new(StanceModel.Load(mode), PortrayalModel.Load(mode), topic);

    public void Process(Article article, CancellationToken cancellationToken)
    {
        var target = _topic ?? article.Title.Trim();
        if (target.Length == 0)
        {
            return; // no issue to take a stance on: an honest empty result
        }

        var statements = StatementCollector.Collect(article);
        if (statements.Count == 0)
        {
            return;
        }

        var predictions = stance.Predict(statements.Select(s => (target, article.TextOf(s.Span).ToString())).ToArray());
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i].Source == StatementSource.Predicate)
            {
                predictions[i] = PredicateDirection.Apply(predictions[i], PredicateDirection.Of(article.Clean, statements[i].Span));
            }
        }

        var portrayals = PortrayalsByEntity(article, statements.Select(s => s.EntityId).ToHashSet());
        foreach (var group in statements.Select((s, i) => (s, i)).GroupBy(x => x.s.EntityId).OrderBy(g => g.Key))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = StanceAggregator.Combine(
                group.Key,
                target,
                group.Select(x => x.s).ToArray(),
                group.Select(x => predictions[x.i]).ToArray(),
                stance.Tag,
                portrayals.TryGetValue(group.Key, out var p) ? p : null);
            if (row != null)
            {
                article.Stances.Add(row);
            }
        }
    }

    // Only stakeholders that get a stance row need a portrayal.
    private Dictionary<int, (PortrayalLabel, double)> PortrayalsByEntity(Article article, HashSet<int> entities)
    {
        var result = new Dictionary<int, (PortrayalLabel, double)>();
        if (portrayal == null)
        {
            return result;
        }

        foreach (var (entity, sentences) in PortrayalCollector.Collect(article))
        {
            if (!entities.Contains(entity))
            {
                continue;
            }

            var items = sentences.Select(x => (article.TextOf(x.Sentence).ToString(), x.Target.Start - x.Sentence.Start, x.Target.End - x.Sentence.Start)).ToArray();
            var probabilities = portrayal.Predict(items);
            var mean = (probabilities.Average(p => p.Positive), probabilities.Average(p => p.Neutral), probabilities.Average(p => p.Negative));
            result[entity] = (PortrayalModel.LabelOf(mean), Math.Max(mean.Item1, Math.Max(mean.Item2, mean.Item3)));
        }

        return result;
    }
}
