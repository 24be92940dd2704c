using System.Diagnostics;
using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp train portrayal`: NewsMTSC train → models/portrayal-MODE.bin.</summary>
public sealed class TrainPortrayalCommand : Command<StanceTrainSettings>
{
    // The perceptrons' shares of the accurate mixture that cross-validation chooses from.
    private static readonly float[] CvShares = [0f, 0.25f, 0.5f, 0.75f, 0.9f];

    // The shares dev chooses from without cross-validation (4.0.0's).
    private static readonly float[] DevShares = [0f, 0.25f, 0.5f, 0.75f];

    // The perceptrons' epoch counts that cross-validation chooses from.
    private static readonly int[] MlpEpochCandidates = [1, 2, 3, 4, 8];

    // The epochs without cross-validation (4.0.0's, chosen on dev).
    private const int DefaultMlpEpochs = 4;

    public override int Execute(CommandContext context, StanceTrainSettings settings, CancellationToken cancellationToken) => CommandErrors.Run(() =>
    {
        var watch = Stopwatch.StartNew();
        var corpora = CorpusLocator.Resolve(settings.Corpora);
        var examples = PortrayalTraining.Load(corpora, "train");
        Console.WriteLine($"train portrayal ({settings.Mode}, seed {settings.Seed}): NewsMTSC {examples.Count} rows");
        var targetVectors = settings.Mode == ModelMode.Accurate ? settings.TargetVectorOptions : null;
        var featurizer = new PortrayalFeaturizer(settings.Mode, TrainingEmbeddings.For(settings.Mode), AfinnSource.Load(settings.Afinn), targetVectors, targetVectors == null ? null : TrainingEmbeddings.WordVectors());
        if (targetVectors != null)
        {
            Console.WriteLine($"target vectors: {(targetVectors.Marking == TargetMarking.Brackets ? "target in brackets" : "sentence as written")}, context reach {targetVectors.Reach}, {(targetVectors.PerceptronOnly ? "perceptrons only" : "linear model and perceptrons")} ({targetVectors.Count} dense features)");
        }

        Console.WriteLine($"sentiment lexicon: {featurizer.Lexicon.Count} words");
        var l2 = settings.L2 ?? DefaultL2(settings.Mode);
        var name = StanceModels.PortrayalName(settings.Mode);
        var path = settings.ModelPath ?? Path.Combine("models", StanceModels.FileName(name));
        var devRw = PortrayalTraining.Load(corpora, "dev_rw");
        var devMt = PortrayalTraining.Load(corpora, "dev_mt");
        List<PortrayalExample> dev = [.. devRw, .. devMt];
        var options = new PortrayalTrainingOptions(settings.Seed, l2, settings.MlpCount, settings.MlpHidden, settings.MlpEpochs ?? DefaultMlpEpochs);
        if (settings.Mode == ModelMode.Accurate && settings.MlpEpochs != 0 && settings.CvFolds > 0)
        {
            var epochs = settings.MlpEpochs is { } fixedEpochs ? [fixedEpochs] : MlpEpochCandidates;
            Console.WriteLine($"choosing by {settings.CvFolds}-fold cross-validation of train grouped by story/article (mean fold macro-F1): perceptron epochs {string.Join("/", epochs)}, 1–{settings.MlpCount} perceptrons, shares {string.Join("/", CvShares)}, decision biases");
            var (chosen, choice) = PortrayalCrossValidatedTraining.Train(examples, featurizer, name, options, settings.CvFolds, epochs, CvShares, settings.NoBiasTuning ? [] : [PortrayalBias.Positive, PortrayalBias.All], line => Console.WriteLine("  " + line));
            Console.WriteLine($"chosen: {choice.MlpCount} perceptron(s) of {choice.Epochs} epochs, share {choice.MlpWeight} (cv {choice.MeanMacroF1:0.000}); biases {choice.Bias} ({OffsetsText(chosen.Classifier.Labels, choice.Offsets)}; cv {choice.BiasedMeanMacroF1:0.000})");
            PrintDev("chosen by cross-validation", chosen);
            return Save(chosen);
        }

        // Featurised once: the linear model and the perceptrons train on the same rows.
        var rows = PortrayalTraining.LabelledRows(examples, featurizer);
        var trained = ClassifierTrainer.Train(rows, featurizer.LinearDenseCount, settings.Seed, l2);
        var model = new PortrayalModel(trained.Classifier, featurizer, name);
        PrintDev("linear model", model);
        if (settings.Mode == ModelMode.Accurate && options.MlpEpochs > 0)
        {
            var exact = PortrayalTraining.TrainMlps(rows, trained.Classifier.Labels, options);
            var mlps = exact.Select(m => m.Quantised()).ToArray();
            var weight = PortrayalTraining.ChooseMlpWeight(trained.Classifier, mlps, featurizer, dev, DevShares);
            PrintDev($"mixture with perceptrons ({mlps.Length}) of float weights, share {weight}", new PortrayalModel(trained.Classifier, featurizer, name, exact, weight));
            model = new PortrayalModel(trained.Classifier, featurizer, name, mlps, weight);
            PrintDev($"mixture with perceptrons ({mlps.Length}) of 16-bit weights, share {weight} (chosen on dev_rw + dev_mt)", model);
        }

        if (!settings.NoBiasTuning && BiasTuningGeneralises(model))
        {
            model = PortrayalTraining.TuneDecisionBiases(model, dev, out var offsets);
            Console.WriteLine($"decision-bias offsets tuned on dev_rw + dev_mt ({OffsetsText(model.Classifier.Labels, offsets)})");
            PrintDev("tuned biases", model);
        }

        return Save(model);

        int Save(PortrayalModel trainedModel)
        {
            PortrayalModelFile.Save(trainedModel, path);
            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB, {StanceModels.Tag(name)}, L2 {l2}) in {watch.Elapsed.TotalSeconds:0}s");
            return 0;
        }

        bool BiasTuningGeneralises(PortrayalModel candidate)
        {
            var check = PortrayalTraining.CheckBiasTuning(candidate, devRw, devMt);
            Console.WriteLine($"bias tuning held out: tuned on dev_mt → dev_rw {check.SecondToFirst:0.000}, tuned on dev_rw → dev_mt {check.FirstToSecond:0.000}; mean gain {check.Gain:+0.000;-0.000}");
            return check.Gain > 0;
        }

        void PrintDev(string what, PortrayalModel candidate) =>
            Console.WriteLine($"dev macro-F1, {what}: dev_rw {PortrayalTraining.Evaluate(candidate, devRw).MacroF1:0.000}, dev_mt {PortrayalTraining.Evaluate(candidate, devMt).MacroF1:0.000}");
    });

    private static string OffsetsText(IReadOnlyList<string> labels, IReadOnlyList<float> offsets) =>
        string.Join(", ", labels.Select((l, i) => $"{l} {offsets[i]:+0.0;-0.0;0}"));

    /// <summary>L2 chosen on NewsMTSC dev_rw + dev_mt (see the model cards).</summary>
    internal static float DefaultL2(ModelMode mode) => mode == ModelMode.Fast ? 0.6f : 1f;
}
