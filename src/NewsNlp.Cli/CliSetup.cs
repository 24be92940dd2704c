using NewsNlp.Cli.Commands;
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
            train.AddCommand<TrainNerCommand>("ner").WithDescription("Named-entity recogniser (UNER EWT + GUM news).");
        });
        config.AddBranch("eval", eval =>
        {
            eval.SetDescription("Evaluate a model on held-out corpora and print its scores.");
            eval.AddCommand<EvalNerCommand>("ner").WithDescription("Named entities: exact-span P/R/F1 on UNER EWT and GUM news, cased and lower-cased.");
        });
    }
}
