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

        var scratch = StageScratch.ForThisThread;
        var statements = scratch.Statements;
        statements.Clear();
        StatementCollector.Collect(article, statements);
        if (statements.Count == 0)
        {
            return;
        }

        var predictions = scratch.PredictionsFor(statements.Count);
        stance.PredictNews(target, article.Clean, statements, predictions);
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i].Source == StatementSource.Predicate)
            {
                predictions[i] = PredicateDirection.Apply(predictions[i], PredicateDirection.Of(article.Clean, statements[i].Span));
            }
        }

        // Statements grouped by stakeholder, stakeholders by id, each one's statements in article order.
        var entities = scratch.GroupByEntity(predictions);
        var (grouped, groupedPredictions) = (scratch.Grouped, scratch.GroupedPredictions);
        var sentences = scratch.SentencesFor(entities.Length);
        var sentenceCounts = scratch.SentenceCountsFor(entities.Length);
        if (portrayal != null)
        {
            PortrayalCollector.Collect(article, entities, sentences, sentenceCounts);
        }

        for (int e = 0, first = 0; e < entities.Length; e++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = 1;
            while (first + count < statements.Count && grouped[first + count].EntityId == entities[e])
            {
                count++;
            }

            var row = StanceAggregator.Combine(
                entities[e],
                target,
                grouped.AsSpan(first, count),
                groupedPredictions.AsSpan(first, count),
                stance.Tag,
                PortrayalOf(article, sentences.Slice(e * PortrayalCollector.MaxSentencesPerStakeholder, sentenceCounts[e])));
            if (row != null)
            {
                article.Stances.Add(row);
            }

            first += count;
        }
    }

    // A stakeholder without sentences of the article's own about it has no portrayal.
    private (PortrayalLabel, double)? PortrayalOf(Article article, ReadOnlySpan<(TextSpan Sentence, TextSpan Target)> sentences)
    {
        if (portrayal == null || sentences.IsEmpty)
        {
            return null;
        }

        var mean = portrayal.PredictMean(article.Clean, sentences);
        return (PortrayalModel.LabelOf(mean), Math.Max(mean.Positive, Math.Max(mean.Neutral, mean.Negative)));
    }
}
