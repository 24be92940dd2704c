using System.Diagnostics;
using NewsNlp.Stance;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// `newsnlp eval portrayal`: scores on NewsMTSC test_rw and test_mt (dev_rw and dev_mt with --split dev)
/// and speed. The goal is set on test_rw (one target per sentence, as the pipeline mostly sees); the
/// _mt sets (several targets per sentence) show whether the model tells targets apart.
/// </summary>
public sealed class EvalPortrayalCommand : Command<StanceEvalSettings>
{
    public override int Execute(CommandContext context, StanceEvalSettings settings, CancellationToken cancellationToken) => CommandErrors.Run(() =>
    {
        var root = CorpusLocator.Resolve(settings.Corpora);
        var prefix = settings.Split == "dev" ? "dev" : "test";
        var model = PortrayalModel.Load(settings.Mode, settings.ModelPath, TrainingEmbeddings.For(settings.Mode), settings.Mode == ModelMode.Accurate ? TrainingEmbeddings.WordVectors() : null);
        Console.WriteLine($"eval portrayal {StanceModels.Tag(model.Name)} on NewsMTSC {prefix}");
        var count = 0;
        var watch = Stopwatch.StartNew();
        foreach (var split in new[] { prefix + "_rw", prefix + "_mt" })
        {
            var examples = PortrayalTraining.Load(root, split);
            Console.Write(PortrayalTraining.Evaluate(model, examples).ToText($"NewsMTSC {split}"));
            count += examples.Count;
        }

        Console.WriteLine($"speed: {count / watch.Elapsed.TotalSeconds:0} sentences/s (single thread; embeddings from the cache in accurate mode)");
        return 0;
    });
}
