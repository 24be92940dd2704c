using System.ComponentModel;
using NewsNlp.Ingestion;
using NewsNlp.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>newsnlp run: analyse an archive and write the output files.</summary>
public sealed class RunCommand : AsyncCommand<RunCommand.Settings>
{
    public sealed class Settings : RepairSwitchSettings
    {
        [CommandOption("-i|--input <PATH>")]
        [Description("A file or a folder of articles (.txt .md .html .htm .jsonl .ndjson .csv, each also .gz), read recursively.")]
        public string? Input { get; init; }

        [CommandOption("-o|--output <DIR>")]
        [Description("Folder for articles.csv, edits.csv, …, documents.jsonl and run.json (created if needed).")]
        public string? Output { get; init; }

        [CommandOption("--topic <TEXT>")]
        [Description("The issue stances are measured against; default: each article's title.")]
        public string? Topic { get; init; }

        [CommandOption("--workers <N>")]
        [Description("Analysis threads; default: all cores.")]
        public int? Workers { get; init; }

        [CommandOption("--max-doc-bytes <N>")]
        [Description("Larger records are rejected as too_large. Default 5242880 (5 MB).")]
        public long? MaxDocBytes { get; init; }

        [CommandOption("--format <LIST>")]
        [Description("Comma-separated: csv, jsonl. Default both. rejected.csv and run.json are always written.")]
        public string? Format { get; init; }

        [CommandOption("--fields <MAP>")]
        [Description("Field/column names of jsonl and csv records, e.g. id=guid,title=headline,text=article|body. Defaults: id, title, text|body|content, url, published, source.")]
        public string? Fields { get; init; }

        [CommandOption("--stance-model <MODE>")]
        [Description("fast (default) or accurate: which shipped stance and portrayal models to use.")]
        public string? StanceModel { get; init; }

        [CommandOption("--ner-model <MODE>")]
        [Description("fast (default) or accurate: the perceptron alone, or with the MiniLM contextual head (≈1,000× slower).")]
        public string? NerModel { get; init; }

        public override ValidationResult Validate()
        {
            if (StanceModel is not null && ParseModelMode(StanceModel) is null)
            {
                return ValidationResult.Error("--stance-model takes fast or accurate.");
            }

            if (TruecaseModel == Stance.ModelMode.Accurate && !Repair.RepairModels.Default.HasAccurateTruecaser)
            {
                return ValidationResult.Error($"--truecase-model accurate needs {Repair.Contextual.ContextualCaseHead.FileName} in the models folder (models/truecase-accurate.md).");
            }

            if (NerModel is not null && ParseModelMode(NerModel) is null)
            {
                return ValidationResult.Error("--ner-model takes fast or accurate.");
            }

            if (string.IsNullOrWhiteSpace(Input) || string.IsNullOrWhiteSpace(Output))
            {
                return ValidationResult.Error("--input and --output are required.");
            }

            if (Workers is < 1)
            {
                return ValidationResult.Error("--workers must be at least 1.");
            }

            if (MaxDocBytes is < 1)
            {
                return ValidationResult.Error("--max-doc-bytes must be positive.");
            }

            if (FieldNames.Parse(Fields) is null)
            {
                return ValidationResult.Error("--fields takes KEY=NAME pairs (keys: id, title, text, url, published, source), e.g. id=guid,text=article|body.");
            }

            return ParseFormats(Format) is null ? ValidationResult.Error("--format takes csv, jsonl or csv,jsonl.") : ValidationResult.Success();
        }

        public RunOptions ToRunOptions() => new()
        {
            Input = Input!,
            Output = Output!,
            Topic = Topic,
            Workers = Workers ?? Environment.ProcessorCount,
            MaxDocBytes = MaxDocBytes ?? IngestOptions.DefaultMaxDocBytes,
            Formats = ParseFormats(Format) ?? OutputFormats.All,
            Fields = FieldNames.Parse(Fields) ?? FieldNames.Default,
            DisabledRepairs = DisabledRepairs(),
            RepairMinConfidence = RepairMinConfidence,
            StanceModel = ParseModelMode(StanceModel) ?? Stance.ModelMode.Fast,
            NerModel = ParseModelMode(NerModel) ?? Stance.ModelMode.Fast,
            TruecaseModel = TruecaseModel,
        };

        internal static Stance.ModelMode? ParseModelMode(string? value) => value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "fast" => Stance.ModelMode.Fast,
            "accurate" => Stance.ModelMode.Accurate,
            _ => null,
        };

        internal static OutputFormats? ParseFormats(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return OutputFormats.All;
            }

            var formats = OutputFormats.None;
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                OutputFormats? format = part.ToLowerInvariant() switch
                {
                    "csv" => OutputFormats.Csv,
                    "jsonl" => OutputFormats.Jsonl,
                    _ => null,
                };
                if (format is null)
                {
                    return null;
                }

                formats |= format.Value;
            }

            return formats is OutputFormats.None ? null : formats;
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToRunOptions();
        using var cancel = CtrlC.Link(cancellationToken);
        var pipeline = PipelineFactory.Create(options);
        var summary = await ConsoleProgress.RunAsync(options, pipeline, cancel.Token).ConfigureAwait(false);
        Console.WriteLine($"{summary.Records} records: {summary.Articles} articles ({summary.UnsupportedLanguage} unsupported language), {summary.Rejected} rejected, in {summary.Elapsed.TotalSeconds:F1} s → {options.Output}");
        return summary.Rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Ok;
    }
}
