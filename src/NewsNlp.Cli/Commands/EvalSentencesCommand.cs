using System.ComponentModel;
using NewsNlp.Analysis.Evaluation;
using NewsNlp.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp eval sentences`: sentence boundary F1 on UD EWT test and GUM news test.</summary>
[Description("Sentence boundary F1 on the running text of UD EWT test and GUM news test.")]
public sealed class EvalSentencesCommand : CorpusCommand<EvalSentencesCommand.Settings>
{
    public sealed class Settings : CorpusSettings
    {
        [CommandOption("--split <SPLIT>")]
        [Description("Corpus split to score: test (default) or dev.")]
        public string Split { get; init; } = "test";

        [CommandOption("--show <N>")]
        [Description("Print up to N wrong or missed boundaries per corpus.")]
        public int Show { get; init; }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        foreach (var (name, path) in new[] { ("EWT", UdCorpora.Ewt(settings.Split)), ("GUM news", UdCorpora.GumNews(settings.Split)) })
        {
            var (score, errors) = SentenceEvaluation.Evaluate(UdCorpora.Read(settings.CorporaRoot, path), settings.Show);
            Report($"sentence boundary F1, {name} {settings.Split}", $"{score}");
            foreach (var error in errors)
            {
                AnsiConsole.WriteLine("  " + error);
            }
        }

        return 0;
    }
}
