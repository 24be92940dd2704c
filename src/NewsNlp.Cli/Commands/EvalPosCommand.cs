using System.ComponentModel;
using System.Diagnostics;
using NewsNlp.Analysis.Evaluation;
using NewsNlp.Analysis.Sentences;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;
using NewsNlp.Models;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp eval pos`: UPOS accuracy with gold tokens and with our tokens, plus load time and size.</summary>
[Description("UPOS accuracy of the part-of-speech model on UD EWT test and GUM news test.")]
public sealed class EvalPosCommand : CorpusCommand<EvalPosCommand.Settings>
{
    public sealed class Settings : CorpusSettings
    {
        [CommandOption("--model <FILE>")]
        [Description("Model file (default: the shipped models/pos.bin).")]
        public string? Model { get; init; }

        [CommandOption("--split <SPLIT>")]
        [Description("Corpus split to score: test (default) or dev.")]
        public string Split { get; init; } = "test";
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        UdCorpora.RequireTestSets(settings.CorporaRoot, settings.Split);
        var path = settings.Model ?? ModelLocator.PathOf(PosTagger.ModelFileName);
        var clock = Stopwatch.StartNew();
        var tagger = PosTagger.Load(path);
        Report("model", $"{path} ({new FileInfo(path).Length / 1024.0:0} KiB), loaded in {clock.Elapsed.TotalMilliseconds:0} ms");
        foreach (var (name, file) in new[] { ("EWT", UdCorpora.Ewt(settings.Split)), ("GUM news", UdCorpora.GumNews(settings.Split)) })
        {
            var sentences = UdCorpora.Read(settings.CorporaRoot, file);
            var confusions = new Dictionary<(Upos Gold, Upos Predicted), int>();
            Report($"UPOS accuracy, {name} {settings.Split}, gold tokens", $"{PosTrainer.Accuracy(tagger, PosEvaluation.TaggedSentences(sentences), confusions):0.0000}");
            Report("  most frequent confusions (gold→predicted)", $"{string.Join(", ", confusions.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(8).Select(c => $"{c.Key.Gold}→{c.Key.Predicted} {c.Value}"))}");
            Report($"UPOS accuracy, {name} {settings.Split}, our tokens", $"{PosEvaluation.AccuracyWithOurTokens(tagger, SentenceBoundaryModel.Shared, sentences):0.0000}");
        }

        return 0;
    }
}
