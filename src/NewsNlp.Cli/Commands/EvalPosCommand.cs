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

        if (Environment.GetEnvironmentVariable("POS_DUMP") != null)
        {
            using var dump = new StreamWriter("/tmp/possent_errors.txt");
            foreach (var s in PosEvaluation.TaggedSentences(UdCorpora.Read(settings.CorporaRoot, UdCorpora.Ewt(settings.Split))))
            {
                var tokens = (Token[])s.Tokens.Clone();
                tagger.Tag(s.Text, tokens);
                for (var i = 0; i < tokens.Length; i++)
                {
                    if (tokens[i].Pos != s.Tokens[i].Pos)
                    {
                        var form = s.Text[tokens[i].Start..tokens[i].End];
                        var known = tagger.Lexicon.Find(form).Id != 0 ? "K" : "U";
                        var prev = i > 0 ? s.Text[tokens[i - 1].Start..tokens[i - 1].End] : "^";
                        var next = i + 1 < tokens.Length ? s.Text[tokens[i + 1].Start..tokens[i + 1].End] : "$";
                        dump.WriteLine($"{known}\t{s.Tokens[i].Pos}\t{tokens[i].Pos}\t{prev} [{form}] {next}");
                    }
                }
            }
        }

        return 0;
    }
}
