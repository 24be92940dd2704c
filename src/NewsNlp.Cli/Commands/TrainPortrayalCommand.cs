using System.Diagnostics;
using NewsNlp.Stance;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp train portrayal`: NewsMTSC train → models/portrayal-MODE.bin.</summary>
public sealed class TrainPortrayalCommand : Command<StanceTrainSettings>
{
    public override int Execute(CommandContext context, StanceTrainSettings settings, CancellationToken cancellationToken) => CommandErrors.Run(() =>
    {
        var watch = Stopwatch.StartNew();
        var corpora = CorpusLocator.Resolve(settings.Corpora);
        var examples = PortrayalTraining.Load(corpora, "train");
        Console.WriteLine($"train portrayal ({settings.Mode}, seed {settings.Seed}): NewsMTSC {examples.Count} rows");
        var featurizer = new PortrayalFeaturizer(settings.Mode, TrainingEmbeddings.For(settings.Mode), AfinnSource.Load(settings.Afinn));
        var l2 = settings.L2 ?? DefaultL2(settings.Mode);
        var trained = PortrayalTraining.Train(examples, featurizer, settings.Seed, l2);
        var name = StanceModels.PortrayalName(settings.Mode);
        var path = settings.ModelPath ?? Path.Combine("models", StanceModels.FileName(name));
        var classifier = trained.Classifier;
        var devRw = PortrayalTraining.Load(corpora, "dev_rw");
        var devMt = PortrayalTraining.Load(corpora, "dev_mt");
        PrintDev("trained biases", classifier);
        if (!settings.NoBiasTuning)
        {
            classifier = PortrayalTraining.TuneDecisionBiases(classifier, featurizer, [.. devRw, .. devMt], out var offsets);
            Console.WriteLine($"decision-bias offsets tuned on dev_rw + dev_mt ({string.Join(", ", classifier.Labels.Select((l, i) => $"{l} {offsets[i]:+0.0;-0.0;0}"))})");
            PrintDev("tuned biases", classifier);
        }

        PortrayalModelFile.Save(classifier, featurizer.Lexicon, path);
        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB, {StanceModels.Tag(name)}, L2 {l2}) in {watch.Elapsed.TotalSeconds:0}s");
        return 0;

        void PrintDev(string what, Classifier candidate)
        {
            var model = new PortrayalModel(candidate, featurizer, name);
            Console.WriteLine($"dev macro-F1 with {what}: dev_rw {PortrayalTraining.Evaluate(model, devRw).MacroF1:0.000}, dev_mt {PortrayalTraining.Evaluate(model, devMt).MacroF1:0.000}");
        }
    });

    /// <summary>L2 chosen on NewsMTSC dev_rw (see the model cards).</summary>
    internal static float DefaultL2(ModelMode mode) => mode == ModelMode.Fast ? 0.3f : 1f;
}
