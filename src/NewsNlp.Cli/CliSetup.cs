using Spectre.Console.Cli;

namespace NewsNlp.Cli;

/// <summary>Registers the commands. Kept apart from Program so tests can build the same app.</summary>
public static class CliSetup
{
    public static void Configure(IConfigurator config)
    {
        config.AddBranch("train", train =>
        {
            train.SetDescription("Train a model from the shared corpora (deterministic for a given --seed).");
            train.AddCommand<Commands.TrainTruecaseCommand>("truecase");
            train.AddCommand<Commands.TrainSpellingCommand>("spelling");
        });
        config.AddBranch("eval", eval =>
        {
            eval.SetDescription("Evaluate a model on held-out corpora and print its scores.");
            eval.AddCommand<Commands.EvalTruecaseCommand>("truecase");
            eval.AddCommand<Commands.EvalRepairCommand>("repair");
        });
    }
}
