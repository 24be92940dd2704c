using NewsNlp.Cli.Commands;
using Spectre.Console.Cli;

namespace NewsNlp.Cli;

/// <summary>Registers the commands. Kept apart from Program so tests can build the same app.</summary>
public static class CliSetup
{
    public static void Configure(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.SetExceptionHandler((exception, _) => ExitCodes.Report(exception));
        config.AddCommand<RunCommand>("run")
            .WithDescription("Analyse an archive of articles and write the CSV/JSONL outputs (schema: docs/schema.md).")
            .WithExample("run", "--input", "data/samples", "--output", "out");
        config.AddCommand<InspectCommand>("inspect")
            .WithDescription("Print one article as a readable report: text with edits marked, entities, quotes, stances.")
            .WithExample("inspect", "data/samples/security-guarantees.txt");
        config.AddCommand<BenchCommand>("bench")
            .WithDescription("Generate a news-like archive and measure articles/s, MB/s and peak memory.")
            .WithExample("bench", "--size-mb", "64");
        config.AddBranch("train", train =>
        {
            train.AddCommand<ModelsCommand>("models").IsHidden();
            train.SetDescription("Train a model from the shared corpora (deterministic for a given --seed).");
            train.AddCommand<TrainPosCommand>("pos");
        });
        config.AddBranch("eval", eval =>
        {
            eval.AddCommand<ModelsCommand>("models").IsHidden();
            eval.SetDescription("Evaluate a model on held-out corpora and print its scores.");
            eval.AddCommand<EvalTokenizeCommand>("tokenize");
            eval.AddCommand<EvalSentencesCommand>("sentences");
            eval.AddCommand<EvalPosCommand>("pos");
            eval.AddCommand<EvalSpeedCommand>("speed");
            eval.AddCommand<EvalQuotesCommand>("quotes");
        });
    }
}
