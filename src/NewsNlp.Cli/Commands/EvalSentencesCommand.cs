using System.ComponentModel;
using NewsNlp.Analysis.Evaluation;
using NewsNlp.Analysis.Sentences;
using NewsNlp.Models;
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

        [CommandOption("--model <FILE>")]
        [Description("Boundary model file (default: the shipped models/sentences.bin, else rules only).")]
        public string? Model { get; init; }

        [CommandOption("--no-paragraph-breaks")]
        [Description("Join paragraphs with a space instead of a line break, to measure what the corpora's paragraph breaks are worth.")]
        public bool NoParagraphBreaks { get; init; }

        [CommandOption("--show <N>")]
        [Description("Print up to N wrong or missed boundaries per corpus.")]
        public int Show { get; init; }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        UdCorpora.RequireTestSets(settings.CorporaRoot, settings.Split);
        var model = settings.Model != null ? SentenceBoundaryModel.Load(settings.Model) : SentenceBoundaryModel.Shared;
        Report("boundary model", $"{(model == null ? "none installed: rules only" : settings.Model ?? ModelLocator.PathOf(SentenceBoundaryModel.ModelFileName))}");
        foreach (var (name, path) in new[] { ("EWT", UdCorpora.Ewt(settings.Split)), ("GUM news", UdCorpora.GumNews(settings.Split)) })
        {
            var sentences = UdCorpora.Read(settings.CorporaRoot, path);
            var breaks = !settings.NoParagraphBreaks;
            Report($"sentence boundary F1, {name} {settings.Split}, rules only", $"{SentenceEvaluation.Evaluate(sentences, null, paragraphBreaks: breaks).Score}");
            var (score, errors) = SentenceEvaluation.Evaluate(sentences, model, settings.Show, breaks);
            Report($"sentence boundary F1, {name} {settings.Split}", $"{score}");
            foreach (var error in errors)
            {
                Console.WriteLine("  " + error);
            }
        }

        return 0;
    }
}
