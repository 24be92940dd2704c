using System.Diagnostics;
using NewsNlp.Documents;

namespace NewsNlp.Pipeline;

/// <summary>
/// The ordered list of stages. The order is checked when the pipeline is built, so a stage that runs
/// before what it needs fails at start-up rather than on the millionth article.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly IStage[] _stages;
    private readonly long[] _ticks;

    public AnalysisPipeline(IEnumerable<IStage> stages)
    {
        _stages = stages.ToArray();
        _ticks = new long[_stages.Length];
        var available = Layer.Raw;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layer.None)
            {
                throw new InvalidOperationException($"Stage '{stage.Name}' requires {missing}, which no earlier stage provides.");
            }

            available |= stage.Provides;
        }

        Provides = available;
    }

    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>All layers the pipeline produces.</summary>
    public Layer Provides { get; }

    /// <summary>Runs every stage on the article. Articles not in a supported language only get the text stages.</summary>
    public void Process(Article article, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < _stages.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stage = _stages[i];
            if (article.Status == ArticleStatus.UnsupportedLanguage && (stage.Provides & ~(Layer.CleanText | Layer.Blocks)) != Layer.None)
            {
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            stage.Process(article, cancellationToken);
            Interlocked.Add(ref _ticks[i], Stopwatch.GetTimestamp() - started);
        }
    }

    /// <summary>Time spent in each stage so far, summed over all threads.</summary>
    public IReadOnlyDictionary<string, TimeSpan> StageTimes()
    {
        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        for (var i = 0; i < _stages.Length; i++)
        {
            times[_stages[i].Name] = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[i]));
        }

        return times;
    }
}
