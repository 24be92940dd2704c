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

    public static (QuoteScores Scores, List<EvaluatedDocument> Documents, TimeSpan Elapsed) Run(
        AnalysisPipeline pipeline, IEnumerable<(string Doc, string Raw)> documents, IReadOnlyList<GoldQuote> gold, Func<string, bool>? include = null)
    {
        var scores = new QuoteScores();
        var evaluated = new List<EvaluatedDocument>();
        var byDoc = gold.GroupBy(g => g.Doc).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var elapsed = TimeSpan.Zero;
        foreach (var (doc, raw) in documents)
        {
            if (!byDoc.TryGetValue(doc, out var quotes) || (include != null && !include(doc)))
            {
                continue;
            }

            var article = new Article(doc, doc, "0", raw);
            var started = Stopwatch.GetTimestamp();
            pipeline.Process(article);
            elapsed += Stopwatch.GetElapsedTime(started);

            var located = new List<LocatedGold>();
            foreach (var q in quotes)
            {
                if (q.Locate(raw) is { } span)
                {
                    located.Add(new LocatedGold(span.Start, span.End, q));
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
