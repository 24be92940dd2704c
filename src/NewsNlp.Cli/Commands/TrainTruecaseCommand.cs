using System.ComponentModel;
using NewsNlp.Repair;
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
            var lexicon = TruecaseTrainer.BuildLexicon(documents, wordList, commonWords);
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
            var model = TruecaseTrainer.TrainModel(documents, docs => TruecaseTrainer.BuildLexicon(docs, wordList, commonWords), settings.Seed, settings.Epochs, settings.TableBits, metadata, line => AnsiConsole.WriteLine(line));
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
}
