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
            train.AddCommand<TrainStanceCommand>("stance").WithDescription("Stance toward a topic (Perspectrum, ArgKP, data/stance).");
            train.AddCommand<TrainPortrayalCommand>("portrayal").WithDescription("How sentences portray a target (NewsMTSC).");
        });
        config.AddBranch("eval", eval =>
        {
            eval.SetDescription("Evaluate a model on held-out corpora and print its scores.");
            eval.AddCommand<EvalStanceCommand>("stance").WithDescription("Stance scores on Perspectrum, ArgKP and data/stance.");
            eval.AddCommand<EvalPortrayalCommand>("portrayal").WithDescription("Portrayal scores on NewsMTSC test_rw.");
        });
    }
}
