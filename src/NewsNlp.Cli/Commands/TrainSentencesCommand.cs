using System.ComponentModel;
using System.Globalization;
using NewsNlp.Analysis.Evaluation;
using NewsNlp.Analysis.Sentences;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp train sentences --seed N`: trains the sentence boundary model on EWT train + GUM news train.</summary>
[Description("Train the sentence boundary model on UD EWT train + GUM news train (deterministic for a given --seed).")]
public sealed class TrainSentencesCommand : CorpusCommand<TrainSentencesCommand.Settings>
{
    public sealed class Settings : CorpusSettings
    {
        [CommandOption("--seed <N>")]
        [Description("Random seed for the training order (default 1).")]
        public int Seed { get; init; } = 1;

        [CommandOption("--epochs <N>")]
        [Description("Training epochs (default 10, tuned on EWT dev).")]
        public int Epochs { get; init; } = 10;

        [CommandOption("--output <FILE>")]
        [Description("Where to write the model (default models/sentences.bin).")]
        public string Output { get; init; } = Path.Combine("models", SentenceBoundaryModel.ModelFileName);
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var root = settings.CorporaRoot;
        var train = SentenceEvaluation.TrainingDocuments(UdCorpora.Read(root, UdCorpora.Ewt("train")).Concat(UdCorpora.Read(root, UdCorpora.GumNews("train"))));
        var model = SentenceBoundaryModel.Train(train, settings.Seed, settings.Epochs, new Dictionary<string, string>
        {
            ["name"] = "sentences",
            ["version"] = "1.3.0",
            ["corpora"] = "UD_English-EWT train (CC BY-SA 4.0) + GUM_news train (CC BY 2.5)",
            ["command"] = string.Create(CultureInfo.InvariantCulture, $"newsnlp train sentences --seed {settings.Seed} --epochs {settings.Epochs}"),
        });
        Report("trained", $"{train.Count} documents, {settings.Epochs} epochs, seed {settings.Seed}");
        Report("sentence boundary F1, EWT dev", $"{SentenceEvaluation.Evaluate(UdCorpora.Read(root, UdCorpora.Ewt("dev")), model).Score}");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Output))!);
        model.Save(settings.Output);
        Report("saved", $"{settings.Output} ({new FileInfo(settings.Output).Length / 1024.0:0} KiB)");
        return 0;
    }
}
