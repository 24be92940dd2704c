using NewsNlp.Stance.Corpora;
using NewsNlp.Training;

namespace NewsNlp.Stance;

/// <summary>Settings of the accurate portrayal model's training: the linear model's seed and L2, and the perceptrons'.</summary>
public sealed record PortrayalTrainingOptions(int Seed, float L2, int MlpCount, int MlpHidden, int MlpEpochs);

/// <summary>Trains and evaluates the portrayal model on NewsMTSC's sentence–target polarity.</summary>
public static class PortrayalTraining
{
    public static readonly string[] Labels = [StanceLabels.Positive, StanceLabels.Neutral, StanceLabels.Negative];

    public static IReadOnlyList<PortrayalExample> Load(string corporaRoot, string split) =>
        NewsMtscReader.Read(CorpusLocator.RequireFile(corporaRoot, NewsMtscReader.RelativePath(split)));

    public static TrainedClassifier Train(IReadOnlyList<PortrayalExample> examples, PortrayalFeaturizer featurizer, int seed, float l2) =>
        ClassifierTrainer.Train(LabelledRows(examples, featurizer), featurizer.LinearDenseCount, seed, l2);

    /// <summary>The examples featurised once, with their labels, for training several models on them.</summary>
    public static ModelInput[] LabelledRows(IReadOnlyList<PortrayalExample> examples, PortrayalFeaturizer featurizer)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var rows = Rows(featurizer, examples);
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i].Label = examples[i].Label;
        }

        return rows;
    }

    /// <summary>The model with decision biases tuned for macro-F1 on <paramref name="dev"/> (see <see cref="DecisionBias"/>).</summary>
    public static PortrayalModel TuneDecisionBiases(PortrayalModel model, IReadOnlyList<PortrayalExample> dev, out IReadOnlyList<float> offsets)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rows = Rows(model.Featurizer, dev);
        var tuned = DecisionBias.Tune(model.Classifier.Labels, rows.Select(model.PredictRow).ToArray(), dev.Select(e => e.Label).ToArray());
        offsets = tuned;
        return model.WithBiasOffsets(tuned);
    }

    /// <summary>
    /// Whether decision biases generalise: offsets tuned on <paramref name="second"/> scored on
    /// <paramref name="first"/> and vice versa, and the mean macro-F1 change against no offsets. Offsets
    /// tuned on the union of both sets are a handful of numbers fitted to a few hundred rows; unless they
    /// help a set they were not tuned on, they fit noise.
    /// </summary>
    public static (double SecondToFirst, double FirstToSecond, double Gain) CheckBiasTuning(PortrayalModel model, IReadOnlyList<PortrayalExample> first, IReadOnlyList<PortrayalExample> second)
    {
        var untuned = Evaluate(model, first).MacroF1 + Evaluate(model, second).MacroF1;
        var secondToFirst = Evaluate(TuneDecisionBiases(model, second, out _), first).MacroF1;
        var firstToSecond = Evaluate(TuneDecisionBiases(model, first, out _), second).MacroF1;
        return (secondToFirst, firstToSecond, (secondToFirst + firstToSecond - untuned) / 2);
    }

    /// <summary>
    /// <see cref="PortrayalTrainingOptions.MlpCount"/> perceptrons over the labelled rows' dense features, from
    /// seeds Seed, Seed + 1 …, with the trainer's float weights (<see cref="PortrayalMlp.Quantised"/> gives
    /// them as saved); classes in the order of <paramref name="labels"/>
    /// (the linear classifier's, so the two can be mixed).
    /// </summary>
    /// <param name="afterEpoch">Given the perceptron's index, the epoch and the model so far.</param>
    public static PortrayalMlp[] TrainMlps(IReadOnlyList<ModelInput> rows, IReadOnlyList<string> labels, PortrayalTrainingOptions options, Action<int, int, PortrayalMlp>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(options);
        var dense = rows.Select(r => r.Dense).ToArray();
        var classes = rows.Select(r => labels.ToList().IndexOf(r.Label)).ToArray();
        return Enumerable.Range(0, options.MlpCount)
            .Select(k => PortrayalMlp.Train(dense, classes, labels.Count, options.MlpHidden, options.MlpEpochs, options.Seed + k, afterEpoch == null ? null : (epoch, model) => afterEpoch(k, epoch, model)))
            .ToArray();
    }

    /// <summary>
    /// The perceptron's share of the mixture, from <paramref name="candidates"/>, with the best macro-F1 on
    /// <paramref name="dev"/>; ties go to the smaller share.
    /// </summary>
    public static float ChooseMlpWeight(Classifier linear, IReadOnlyList<PortrayalMlp> mlps, PortrayalFeaturizer featurizer, IReadOnlyList<PortrayalExample> dev, IReadOnlyList<float> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = (Weight: 0f, Score: double.MinValue);
        foreach (var weight in candidates.Order())
        {
            var score = Evaluate(new PortrayalModel(linear, featurizer, "candidate", mlps, weight), dev).MacroF1;
            if (score > best.Score + 1e-9)
            {
                best = (weight, score);
            }
        }

        return best.Weight;
    }

    public static ClassificationReport Evaluate(PortrayalModel model, IReadOnlyList<PortrayalExample> examples)
    {
        var predicted = model.Predict(examples.Select(e => (e.Sentence, e.TargetStart, e.TargetEnd)).ToArray());
        return ClassificationReport.Compute(Labels, examples.Select(e => e.Label).ToArray(), predicted.Select(p => PortrayalModel.LabelOf(p).ToString().ToLowerInvariant()).ToArray());
    }

    private static ModelInput[] Rows(PortrayalFeaturizer featurizer, IReadOnlyList<PortrayalExample> examples) =>
        featurizer.Build(examples.Select(e => (e.Sentence, e.TargetStart, e.TargetEnd)).ToArray());
}
