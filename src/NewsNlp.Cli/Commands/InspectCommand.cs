using System.ComponentModel;
using NewsNlp.Documents;
using NewsNlp.Ingestion;
using NewsNlp.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>newsnlp inspect: one article as a readable report, to check what the pipeline makes of it.</summary>
public sealed class InspectCommand : Command<InspectCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("An input file in any supported format.")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--record <N>")]
        [Description("Which record of a jsonl/csv file, counting from 1. Default 1.")]
        public int Record { get; init; } = 1;

        [CommandOption("--topic <TEXT>")]
        [Description("The issue stances are measured against; default: the title.")]
        public string? Topic { get; init; }

        public override ValidationResult Validate() =>
            Record < 1 ? ValidationResult.Error("--record counts from 1.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var file = InputFiles.List(settings.File)[0];
        var item = new ArchiveReader(new IngestOptions()).ReadFile(file).Skip(settings.Record - 1).FirstOrDefault();
        if (item.Rejection is { } rejection)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]rejected[/] {rejection.Source} record {rejection.Record}: {rejection.Reason} ({rejection.Detail})");
            return ExitCodes.SomeRejected;
        }

        if (item.Record is not { } record)
        {
            throw new NotSupportedException($"{settings.File} has no record {settings.Record}.");
        }

        var options = new RunOptions { Input = settings.File, Output = string.Empty, Topic = settings.Topic };
        var pipeline = PipelineFactory.Create(options);
        var article = ArticleFactory.Create(record);
        pipeline.Process(article, cancellationToken);
        ArticleReport.Write(AnsiConsole.Console, article, pipeline.Provides);
        return ExitCodes.Ok;
    }
}
