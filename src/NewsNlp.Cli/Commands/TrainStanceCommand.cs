using System.Diagnostics;
using System.Globalization;
using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp train stance`: Perspectrum + ArgKP (+ the team's news set) → models/stance-MODE.bin.</summary>
public sealed class TrainStanceCommand : Command<StanceTrainSettings>
{
    public override int Execute(CommandContext context, StanceTrainSettings settings, CancellationToken cancellationToken) => CommandErrors.Run(() =>
    {
        var watch = Stopwatch.StartNew();
        var root = CorpusLocator.Resolve(settings.Corpora);
        var perspectrum = StanceTraining.LoadDebate(root, "train", out var argKp);
        var inDomain = InDomainStanceReader.Read(InDomainStanceReader.Files(settings.InDomain), "train", root);
        Console.WriteLine($"train stance ({settings.Mode}, seed {settings.Seed}): Perspectrum {perspectrum.Count}, ArgKP {argKp.Count}, news {inDomain.Count} rows");

        var featurizer = new StanceFeaturizer(settings.Mode, TrainingEmbeddings.For(settings.Mode));
        var options = new StanceTrainingOptions { Seed = settings.Seed, L2 = settings.L2 ?? DefaultL2(settings.Mode), InDomainWeight = settings.NewsWeight };
        var rows = StanceTraining.BuildRows([.. perspectrum, .. argKp], inDomain, featurizer, options);
        var trained = StanceTraining.Train(rows, featurizer, options);
        var name = StanceModels.StanceName(settings.Mode);
        var path = settings.ModelPath ?? Path.Combine("models", StanceModels.FileName(name));
        var classifier = trained.Classifier;
        if (!settings.NoBiasTuning && settings.TuneBiasOnDev)
        {
            var newsDev = InDomainStanceReader.Read(InDomainStanceReader.Files(settings.InDomain), "dev", root);
            classifier = StanceTraining.TuneNeutralBias(classifier, featurizer, newsDev, out var offset);
            Console.WriteLine($"neutral bias offset tuned on news dev ({newsDev.Count} rows): {offset:+0.0;-0.0;0}");
        }
        else if (!settings.NoBiasTuning)
        {
            classifier = StanceTraining.TuneNeutralBiasByCrossValidation(classifier, rows, inDomain, featurizer, options, out var offset, out var folds);
            Console.WriteLine($"news train out-of-fold macro-F1 before the offset: {string.Join(" / ", folds.Select(f => f.ToString("0.000", CultureInfo.InvariantCulture)))}, mean {folds.Where(f => !double.IsNaN(f)).DefaultIfEmpty().Average():0.000}");
            Console.WriteLine($"neutral bias offset tuned on out-of-fold predictions of news train ({inDomain.Count} rows, {folds.Length} folds by article): {offset:+0.0;-0.0;0}");
        }

        ModelFile.Save(classifier, path);
        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB, {StanceModels.Tag(name)}, L2 {options.L2}, news weight {options.InDomainWeight}) in {watch.Elapsed.TotalSeconds:0}s");
        return 0;
    });

    /// <summary>L2 chosen on the dev splits (see the model cards).</summary>
    internal static float DefaultL2(ModelMode mode) => mode == ModelMode.Fast ? 1f : 1f;
}
