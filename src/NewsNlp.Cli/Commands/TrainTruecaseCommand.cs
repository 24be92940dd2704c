using System.ComponentModel;
using NewsNlp.Repair;
using NewsNlp.Repair.Contextual;
using NewsNlp.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp train truecase`: builds the case lexicon and trains the truecasing perceptron.</summary>
[Description("Train the truecaser (case lexicon + averaged perceptron) on UD EWT, GUM news and NewsMTSC train text, plus --extra-text.")]
public sealed class TrainTruecaseCommand : Command<TrainTruecaseCommand.Settings>
{
    public sealed class Settings : RepairCommandSettings
    {
        [CommandOption("--epochs <N>")]
        [DefaultValue(5)]
        public int Epochs { get; init; } = 5;

        [CommandOption("--table-bits <N>")]
        [Description("log2 of the perceptron's feature buckets.")]
        [DefaultValue(19)]
        public int TableBits { get; init; } = 19;

        [CommandOption("--extra-text <DIR>")]
        [Description("Folder of extra cased .txt files (e.g. the State of the Union addresses, models/truecase.md); without it the truecaser learns from the corpora alone.")]
        public string? ExtraText { get; init; }

        [CommandOption("--extra-from-year <YEAR>")]
        [Description("Extra files named after a year are used from this year on (older English capitalises common nouns).")]
        [DefaultValue(1960)]
        public int ExtraFromYear { get; init; } = 1960;

        [CommandOption("--truecase-model <MODE>")]
        [Description("fast (default): the lexicon and perceptron. accurate: only the head over MiniLM contextual vectors (truecase-accurate.bin), beside the fast files.")]
        [DefaultValue(Stance.ModelMode.Fast)]
        public Stance.ModelMode TruecaseModel { get; init; } = Stance.ModelMode.Fast;

        [CommandOption("--head-epochs <N>")]
        [Description("Accurate: training passes of the head.")]
        [DefaultValue(4)]
        public int HeadEpochs { get; init; } = 4;

        [CommandOption("--hidden <N>")]
        [Description("Accurate: hidden units of the head.")]
        [DefaultValue(64)]
        public int Hidden { get; init; } = 64;

        [CommandOption("--head-weight <W>")]
        [Description("Accurate: the head's share when mixed with the perceptron (tuned with eval truecase/repair --dev --head-weight).")]
        [DefaultValue(0.85f)]
        public float HeadWeight { get; init; } = 0.85f;

        [CommandOption("--every <N>")]
        [Description("Accurate: learn from every N-th training document only (the transformer encodes ~70 sentences/s per core).")]
        [DefaultValue(1)]
        public int Every { get; init; } = 1;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            var root = CorpusLocator.Resolve(settings.Corpora);
            var documents = RepairCorpora.TruecaseTraining(root);
            if (settings.ExtraText != null)
            {
                if (!Directory.Exists(settings.ExtraText))
                {
                    AnsiConsole.WriteLine($"extra text folder not found: {settings.ExtraText}");
                    return 1;
                }

                var extra = ExtraTrainingText.Documents(settings.ExtraText, settings.ExtraFromYear);
                AnsiConsole.MarkupLineInterpolated($"{extra.Count} extra documents from {settings.ExtraText} (files from {settings.ExtraFromYear} on)");
                documents.AddRange(extra);
            }

            var wordList = RepairCorpora.Lines(root, RepairCorpora.WordList).ToList();
            var dir = settings.ModelsDirectory();
            Directory.CreateDirectory(dir);
            AnsiConsole.MarkupLineInterpolated($"{documents.Count} training documents, {wordList.Count} word-list entries");
            var commonWords = SpellingDictionary.FromFrequencyList(RepairCorpora.Lines(root, RepairCorpora.FrequencyList)).Words();
            CaseLexicon BuildLexicon(IReadOnlyList<string> docs) => TruecaseTrainer.BuildLexicon(docs, wordList, commonWords);
            if (settings.TruecaseModel == Stance.ModelMode.Accurate)
            {
                return TrainAccurate(settings, documents, BuildLexicon, dir);
            }

            var lexicon = BuildLexicon(documents);
            using (var file = File.Create(Path.Combine(dir, RepairModels.LexiconFile)))
            {
                lexicon.Save(file);
            }

            var metadata = new Dictionary<string, string>
            {
                ["name"] = "truecase",
                ["version"] = "1.5.0",
                ["command"] = $"newsnlp train truecase --seed {settings.Seed} --epochs {settings.Epochs} --table-bits {settings.TableBits}"
                    + (settings.ExtraText == null ? " (no extra text)" : $" --extra-text <{Path.GetFileName(Path.TrimEndingDirectorySeparator(settings.ExtraText))}> --extra-from-year {settings.ExtraFromYear}"),
            };
            var model = TruecaseTrainer.TrainModel(documents, BuildLexicon, settings.Seed, settings.Epochs, settings.TableBits, metadata, line => AnsiConsole.WriteLine(line));
            model.Save(Path.Combine(dir, RepairModels.PerceptronFile));
            AnsiConsole.MarkupLineInterpolated($"lexicon: {lexicon.Count} words, {lexicon.BigramCount} title bigrams; model written to {dir}");
            return 0;
        }
        catch (CorpusMissingException e)
        {
            AnsiConsole.WriteLine(e.Message);
            return 1;
        }
    }

    private static int TrainAccurate(Settings settings, List<string> documents, Func<IReadOnlyList<string>, CaseLexicon> buildLexicon, string dir)
    {
        var metadata = new Dictionary<string, string>
        {
            ["name"] = RepairModels.AccurateTruecaseName,
            ["version"] = "1.0.0",
            ["command"] = $"newsnlp train truecase --truecase-model accurate --seed {settings.Seed} --head-epochs {settings.HeadEpochs} --hidden {settings.Hidden} --head-weight {settings.HeadWeight.ToString(System.Globalization.CultureInfo.InvariantCulture)} --every {settings.Every}"
                + (settings.ExtraText == null ? string.Empty : $" --extra-text <{Path.GetFileName(Path.TrimEndingDirectorySeparator(settings.ExtraText))}> --extra-from-year {settings.ExtraFromYear}"),
        };
        var training = new ContextualCaseTraining(settings.Seed, settings.HeadEpochs, settings.Hidden, settings.HeadWeight, settings.Every);
        var lexicons = TruecaseTrainer.CrossFittedLexicons(documents, buildLexicon);
        var head = ContextualCaseTrainer.Train(documents, lexicons, AccurateTruecasing.CachedVectors(), training, metadata, line => AnsiConsole.WriteLine(line));
        var path = Path.Combine(dir, ContextualCaseHead.FileName);
        using (var file = File.Create(path))
        {
            head.Save(file);
        }

        AnsiConsole.MarkupLineInterpolated($"accurate head written to {path} ({new FileInfo(path).Length / 1024} KB)");
        return 0;
    }
}
