using System.Diagnostics;
using NewsNlp.Stance;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp eval portrayal`: scores on NewsMTSC test_rw (or dev_rw with --split dev) and speed.</summary>
public sealed class EvalPortrayalCommand : Command<StanceEvalSettings>
{
    public override int Execute(CommandContext context, StanceEvalSettings settings, CancellationToken cancellationToken) => CommandErrors.Run(() =>
    {
        var split = settings.Split == "dev" ? "dev_rw" : "test_rw";
        var examples = PortrayalTraining.Load(CorpusLocator.Resolve(settings.Corpora), split);
        var model = PortrayalModel.Load(settings.Mode, settings.ModelPath);
        Console.WriteLine($"eval portrayal {StanceModels.Tag(model.Name)} on NewsMTSC {split}");
        var watch = Stopwatch.StartNew();
        Console.Write(PortrayalTraining.Evaluate(model, examples).ToText($"NewsMTSC {split}"));
        Console.WriteLine($"speed: {examples.Count / watch.Elapsed.TotalSeconds:0} sentences/s (single thread)");
        return 0;
    });
}
