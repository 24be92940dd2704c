using System.ComponentModel;
using NewsNlp.Repair;
using NewsNlp.Repair.Evaluation;
using NewsNlp.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp eval truecase`: restores lower-cased EWT test and GUM news test text.</summary>
[Description("Evaluate the truecaser: lower-case UD EWT test and GUM news test (--dev: the dev splits), restore, score token accuracy and F1 on capitalised tokens.")]
public sealed class EvalTruecaseCommand : Command<EvalTruecaseCommand.Settings>
{
    public sealed class Settings : RepairCommandSettings
    {
        [CommandOption("--dev")]
        [Description("Score the dev splits (for tuning) instead of the test splits.")]
        public bool Dev { get; init; }

        [CommandOption("--truecase-model <MODE>")]
        [Description("fast (default) or accurate (the perceptron mixed with a head over MiniLM contextual vectors).")]
        [DefaultValue(Stance.ModelMode.Fast)]
        public Stance.ModelMode TruecaseModel { get; init; } = Stance.ModelMode.Fast;

        [CommandOption("--head-weight <W>")]
        [Description("Accurate mode: the head's share of the mixed probabilities, instead of the model file's (for tuning on --dev).")]
        public float? HeadWeight { get; init; }

        [CommandOption("--errors")]
        [Description("Also list the most frequent errors (gold → restored).")]
        public bool Errors { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            var root = CorpusLocator.Resolve(settings.Corpora);
            var models = AccurateTruecasing.Prepare(RepairModels.LoadFrom(settings.ModelsDirectory()), settings.TruecaseModel, settings.HeadWeight, settings.ModelsDirectory());
            if (models == null)
            {
                return 1;
            }

            if (!models.HasTruecaser)
            {
                AnsiConsole.WriteLine($"No truecaser in {settings.ModelsDirectory()}; run `newsnlp train truecase` first.");
                return 1;
            }

            var errors = new Dictionary<string, int>(StringComparer.Ordinal);
            var table = new Table().AddColumns("corpus", "tokens", "accuracy", "precision (cap)", "recall (cap)", "F1 (cap)");
            var splits = settings.Dev
                ? new[] { ("UD EWT dev", RepairCorpora.EwtDev), ("GUM news dev", RepairCorpora.GumDev) }
                : new[] { ("UD EWT test", RepairCorpora.EwtTest), ("GUM news test", RepairCorpora.GumTest) };
            foreach (var (name, path) in splits)
            {
                var scores = new TruecaseScores();
                foreach (var doc in RepairCorpora.ConlluDocuments(root, path))
                {
                    TruecaseEvaluation.Score(models, doc.Text, doc.Sentences, scores, (gold, guess) =>
                    {
                        var key = $"{name}: {gold} → {guess}";
                        errors[key] = errors.GetValueOrDefault(key) + 1;
                    }, settings.TruecaseModel);
                }

                table.AddRow(name, scores.Tokens.ToString(), F(scores.Accuracy), F(scores.Precision), F(scores.Recall), F(scores.F1));
            }

            AnsiConsole.Write(table);
            if (settings.Errors)
            {
                foreach (var (error, count) in errors.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(100))
                {
                    AnsiConsole.WriteLine($"{count,5}  {error}");
                }
            }

            return 0;
        }
        catch (CorpusMissingException e)
        {
            AnsiConsole.WriteLine(e.Message);
            return 1;
        }
    }

    private static string F(double value) => value.ToString("F4", System.Globalization.CultureInfo.InvariantCulture);
}
