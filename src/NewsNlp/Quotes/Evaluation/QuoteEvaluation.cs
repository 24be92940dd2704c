using System.Diagnostics;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Training;

namespace NewsNlp.Quotes.Evaluation;

/// <summary>One evaluated document: its raw text, the analysed article and the scorer's errors.</summary>
public sealed record EvaluatedDocument(string Doc, string Raw, Article Article, IReadOnlyList<QuoteScorer.Error> Errors);

/// <summary>
/// Runs the pipeline over the gold documents (the GUM Wikinews documents and the sample article) and
/// scores its quotes against data/quotes/gold.jsonl.
/// </summary>
public static class QuoteEvaluation
{
    /// <summary>The GUM news files that hold the gold set's Wikinews documents.</summary>
    public static readonly string[] GumFiles =
        ["GUM_news/gum_news-train.conllu", "GUM_news/gum_news-dev.conllu", "GUM_news/gum_news-test.conllu"];

    /// <summary>The gold documents the four GUM dev/test files hold, reported apart as held out.</summary>
    public static readonly string[] HeldOut = ["GUM_news_homeopathic", "GUM_news_iodine", "GUM_news_nasa", "GUM_news_sensitive"];

    /// <summary>The raw text of every GUM news document, rebuilt as the gold set defines it.</summary>
    public static IEnumerable<(string Doc, string Raw)> GumDocuments(string corporaRoot)
    {
        foreach (var file in GumFiles)
        {
            var path = CorpusLocator.RequireFile(corporaRoot, file);
            foreach (var (doc, text, _) in ConlluReader.Documents(ConlluReader.Read(path)))
            {
                yield return (doc, text);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="stages"/> in order over each gold document and scores its quotes. The stages
    /// are called directly (as the speed benchmark does), so a partly wired pipeline can still be scored;
    /// <paramref name="stageTicks"/> collects each stage's time in stopwatch ticks.
    /// </summary>
    public static (QuoteScores Scores, List<EvaluatedDocument> Documents, TimeSpan Elapsed) Run(
        IReadOnlyList<IStage> stages, long[] stageTicks, IEnumerable<(string Doc, string Raw)> documents, IReadOnlyList<GoldQuote> gold, Func<string, bool>? include = null)
    {
        var scores = new QuoteScores();
        var evaluated = new List<EvaluatedDocument>();
        var byDoc = gold.GroupBy(g => g.Doc).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var elapsed = TimeSpan.Zero;
        foreach (var (doc, raw) in documents)
        {
            // Every document was annotated exhaustively: one without gold quotes still counts its predictions.
            if (include != null && !include(doc))
            {
                continue;
            }

            var quotes = byDoc.GetValueOrDefault(doc) ?? [];

            var article = new Article(doc, doc, "0", raw);
            var documentStarted = Stopwatch.GetTimestamp();
            for (var i = 0; i < stages.Count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                stages[i].Process(article, CancellationToken.None);
                stageTicks[i] += Stopwatch.GetTimestamp() - started;
            }

            elapsed += Stopwatch.GetElapsedTime(documentStarted);

            var located = new List<LocatedGold>();
            foreach (var q in quotes)
            {
                if (q.Locate(raw) is { } span)
                {
                    located.Add(new LocatedGold(span.Start, span.End, q.WithSpeakerFrom(raw)));
                }
                else
                {
                    scores.Unlocated++;
                }
            }

            var predicted = article.Quotes.Select(q =>
            {
                var source = article.ToSource(q.Content);
                var speaker = q.SpeakerName.Length > 0 || q.SpeakerSpan is not { } s ? q.SpeakerName : article.TextOf(s).ToString();
                return new PredictedQuote(source.Start, source.End, q.Kind == Documents.QuoteKind.Direct, speaker);
            }).ToList();
            evaluated.Add(new EvaluatedDocument(doc, raw, article, QuoteScorer.Add(scores, raw, located, predicted)));
        }

        return (scores, evaluated, elapsed);
    }
}
