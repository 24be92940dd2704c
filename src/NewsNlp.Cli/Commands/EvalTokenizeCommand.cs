using System.ComponentModel;
using NewsNlp.Analysis.Evaluation;
using NewsNlp.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp eval tokenize`: token span F1 against UD EWT test (and GUM news test).</summary>
[Description("Token F1 of the tokenizer against UD EWT test and GUM news test (exact character spans).")]
public sealed class EvalTokenizeCommand : CorpusCommand<EvalTokenizeCommand.Settings>
{
    public sealed class Settings : CorpusSettings
    {
        [CommandOption("--split <SPLIT>")]
        [Description("Corpus split to score: test (default) or dev.")]
        public string Split { get; init; } = "test";

        [CommandOption("--show <N>")]
        [Description("Print up to N missed gold tokens and extra predicted ones.")]
        public int Show { get; init; }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        UdCorpora.RequireTestSets(settings.CorporaRoot, settings.Split);
        foreach (var (name, path) in new[] { ("EWT", UdCorpora.Ewt(settings.Split)), ("GUM news", UdCorpora.GumNews(settings.Split)) })
        {
            var (score, misses) = TokenizerEvaluation.Evaluate(UdCorpora.Read(settings.CorporaRoot, path), settings.Show);
            Report($"token F1, {name} {settings.Split}", $"{score}");
            foreach (var miss in misses)
            {
                Console.WriteLine("  " + miss);
            }
        }

        return 0;
    }
}
