using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using NewsNlp.Analysis.Clusters;
using NewsNlp.Analysis.Evaluation;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp train pos --seed N`: trains the UPOS tagger on EWT train + GUM news train, reports dev accuracy.</summary>
[Description("Train the part-of-speech tagger on UD EWT train + GUM news train (deterministic for a given --seed).")]
public sealed class TrainPosCommand : CorpusCommand<TrainPosCommand.Settings>
{
    public sealed class Settings : ClusterTrainSettings
    {
        [CommandOption("--seed <N>")]
        [Description("Random seed for the training order (default 1).")]
        public int Seed { get; init; } = 1;

        [CommandOption("--epochs <N>")]
        [Description("Training epochs (default 11, tuned on EWT dev).")]
        public int Epochs { get; init; } = 11;

        [CommandOption("--bits <N>")]
        [Description("Feature table size as a power of two (default 19).")]
        public int TableBits { get; init; } = 19;

        [CommandOption("--single-pass")]
        [Description("Train without the second pass that revises tags with the following words' tags (faster tagging, lower accuracy).")]
        public bool SinglePass { get; init; }

        [CommandOption("--wordnet <DIR>")]
        [Description("WordNet 3.0 database folder (default /usr/share/wordnet, from Debian's wordnet-base).")]
        public string WordNet { get; init; } = "/usr/share/wordnet";

        [CommandOption("--show-epochs")]
        [Description("Print EWT dev accuracy after every epoch (for tuning).")]
        public bool ShowEpochs { get; init; }

        [CommandOption("--output <FILE>")]
        [Description("Where to write the model (default models/pos.bin).")]
        public string Output { get; init; } = Path.Combine("models", PosTagger.ModelFileName);
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var root = settings.CorporaRoot;
        var train = PosEvaluation.TaggedSentences(UdCorpora.Read(root, UdCorpora.Ewt("train")).Concat(UdCorpora.Read(root, UdCorpora.GumNews("train"))));
        var dev = PosEvaluation.TaggedSentences(UdCorpora.Read(root, UdCorpora.Ewt("dev")));
        var clock = Stopwatch.StartNew();
        var tagger = PosTrainer.Train(train, new PosTrainer.Options
        {
            Seed = settings.Seed,
            Epochs = settings.Epochs,
            TableBits = settings.TableBits,
            SecondPass = !settings.SinglePass,
            WordClasses = WordClassLexicon.Build(settings.WordNet),
            WordList = WordListLexicon.Build(File.ReadLines(CorpusLocator.RequireFile(root, UdCorpora.CasedWordList)), UdCorpora.ReadFrequencies(root))
                .WithClusters(settings.NoClusters ? WordClusters.Empty : WordClusters.Load(settings.Clusters)),
            AfterEpoch = settings.ShowEpochs ? (epoch, model) => Report($"  epoch {epoch}, EWT dev", $"{PosTrainer.Accuracy(model, dev):0.0000}") : null,
            Metadata = new Dictionary<string, string>
            {
                ["name"] = "pos",
                ["version"] = "1.3.0",
                ["corpora"] = "UD_English-EWT train (CC BY-SA 4.0) + GUM_news train (CC BY 2.5); word lists: SCOWL wamerican, SymSpell frequencies (MIT); word classes: WordNet 3.0 (WordNet 3.0 licence, Princeton University); word clusters: models/word-clusters.bin (all-MiniLM-L6-v2 embeddings, MIT)",
                ["command"] = string.Create(CultureInfo.InvariantCulture, $"newsnlp train pos --seed {settings.Seed} --epochs {settings.Epochs} --bits {settings.TableBits}{(settings.SinglePass ? " --single-pass" : "")}{(settings.NoClusters ? " --no-clusters" : "")}"),
            },
        });
        Report("trained", $"{train.Count} sentences, {settings.Epochs} epochs, seed {settings.Seed}, in {clock.Elapsed.TotalSeconds:0.0} s; lexicon {tagger.Lexicon.Count} forms ({tagger.Lexicon.SureCount} sure), word list {tagger.WordList.Count} words ({tagger.WordList.ClusterCount} clustered), WordNet {tagger.WordClasses.Count} words");
        Report("UPOS accuracy, EWT dev, gold tokens", $"{PosTrainer.Accuracy(tagger, dev):0.0000}");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Output))!);
        tagger.Save(settings.Output);
        Report("saved", $"{settings.Output} ({new FileInfo(settings.Output).Length / 1024.0:0} KiB)");
        return 0;
    }
}
