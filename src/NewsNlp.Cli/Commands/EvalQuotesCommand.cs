using System.ComponentModel;
using NewsNlp.Analysis;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Evaluation;
using NewsNlp.Stakeholders;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// `newsnlp eval quotes`: runs the pipeline's stages over the gold documents (GUM Wikinews and the
/// sample article) and scores the quotes against data/quotes/gold.jsonl, Gender Gap Tracker style.
/// </summary>
[Description("Quote extraction P/R/F1 at 30% and 80% token coverage and speaker accuracy on data/quotes/gold.jsonl.")]
public sealed class EvalQuotesCommand : CorpusCommand<EvalQuotesCommand.Settings>
{
    private const string SampleDoc = "security-guarantees";

    public sealed class Settings : CorpusSettings
    {
        [CommandOption("--gold <PATH>")]
        [Description("Gold quotes (default data/quotes/gold.jsonl).")]
        public string Gold { get; init; } = "data/quotes/gold.jsonl";

        [CommandOption("--sample <PATH>")]
        [Description("The sample article (default data/samples/security-guarantees.txt).")]
        public string Sample { get; init; } = "data/samples/security-guarantees.txt";

        [CommandOption("--errors")]
        [Description("Print every missed, spurious and wrongly attributed quote.")]
        public bool Errors { get; init; }

        [CommandOption("--doc <ID>")]
        [Description("Score only this document.")]
        public string? Doc { get; init; }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var gold = GoldQuote.Read(settings.Gold);
        var sample = File.ReadAllText(settings.Sample);
        var gum = QuoteEvaluation.GumDocuments(settings.CorporaRoot).ToList();
        var stages = Stages();
        var ticks = new long[stages.Count];
        Report("stages", $"{string.Join(" → ", stages.Select(s => s.Name))}");
        IEnumerable<(string, string)> documents = [(SampleDoc, sample), .. gum];
        Func<string, bool>? only = settings.Doc == null ? null : d => d == settings.Doc;

        var (all, evaluated, elapsed) = QuoteEvaluation.Run(stages, ticks, documents, gold, only);
        Print("all gold documents", all);
        var heldOut = QuoteEvaluation.Run(stages, new long[stages.Count], documents, gold, d => QuoteEvaluation.HeldOut.Contains(d) && (only == null || only(d))).Scores;
        Print("held out (GUM dev+test: " + string.Join(", ", QuoteEvaluation.HeldOut) + ")", heldOut);
        var tokens = evaluated.Sum(d => (long)d.Article.Tokens.Length);
        Report("documents", $"{evaluated.Count}, {tokens} tokens, pipeline {elapsed.TotalMilliseconds:0} ms ({tokens / Math.Max(elapsed.TotalSeconds, 1e-9):#,0} tokens/s single-threaded, incl. first-call warm-up)");
        for (var i = 0; i < stages.Count; i++)
        {
            Report($"  stage {stages[i].Name}", $"{System.Diagnostics.Stopwatch.GetElapsedTime(0, ticks[i]).TotalMilliseconds:0.0} ms");
        }

        if (settings.Errors)
        {
            PrintErrors(evaluated);
        }

        return 0;
    }

    /// <summary>
    /// The pipeline's stages, completed by the analysis, stakeholder and quote stages where it lacks
    /// them (while the pipeline is being wired, the stages that exist are what gets scored).
    /// </summary>
    private static List<IStage> Stages()
    {
        var stages = PipelineFactory.Create(new RunOptions { Input = ".", Output = "." }).Stages.ToList();
        foreach (var stage in AnalysisStages.Create().Append(new StakeholderStage()).Append(new QuoteStage()))
        {
            if (!stages.Exists(s => s.Name == stage.Name))
            {
                stages.Add(stage);
            }
        }

        return stages;
    }

    private static void Print(string title, QuoteScores s)
    {
        var table = new Table().Title(title).AddColumns("group", "gold", "predicted", "P@30", "R@30", "F1@30", "P@80", "R@80", "F1@80");
        foreach (var (name, lenient, strict) in new[] { ("all", s.All30, s.All80), ("direct", s.Direct30, s.Direct80), ("indirect (+mixed, partial)", s.Indirect30, s.Indirect80) })
        {
            table.AddRow(name, $"{lenient.Gold}", $"{lenient.Predicted}", F(lenient.Precision), F(lenient.Recall), F(lenient.F1), F(strict.Precision), F(strict.Recall), F(strict.F1));
        }

        AnsiConsole.Write(table);
        Report("speaker accuracy (matched at 30%)", $"{s.SpeakerAccuracy:0.000} ({s.SpeakerRight}/{s.SpeakerPairs})");
        Report("recall by gold kind (30%)", $"{string.Join(", ", s.RecallByKind.Select(k => $"{k.Key} {k.Value.Matched}/{k.Value.Gold}"))}");
        if (s.Unlocated > 0)
        {
            Report("gold quotes not found in their document", $"{s.Unlocated}");
        }
    }

    private static void PrintErrors(IEnumerable<EvaluatedDocument> documents)
    {
        foreach (var doc in documents)
        {
            foreach (var e in doc.Errors.OrderBy(e => e.Start))
            {
                var text = doc.Raw[e.Start..e.End].ReplaceLineEndings(" ");
                Console.WriteLine($"{doc.Doc} {e.Kind}: [{(text.Length > 140 ? text[..140] + "…" : text)}] {e.Detail}");
            }
        }
    }

    private static string F(double value) => value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}
