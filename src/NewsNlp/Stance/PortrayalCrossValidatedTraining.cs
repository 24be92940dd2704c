using NewsNlp.Stance.Corpora;

namespace NewsNlp.Stance;

/// <summary>
/// Trains accurate portrayal with its settings chosen by document-grouped cross-validation of the
/// training split: out-of-fold probabilities (<see cref="PortrayalCrossValidation"/>) choose the
/// perceptrons' epochs, count and share and the decision biases (<see cref="PortrayalModelSelection"/>);
/// the model is then trained on every row with those settings. The dev sets stay an untouched check.
/// </summary>
public static class PortrayalCrossValidatedTraining
{
    /// <param name="biases">The kinds of decision biases tried against none.</param>
    /// <param name="options">Seed and L2 of the linear model, hidden units and the most perceptrons tried.</param>
    public static (PortrayalModel Model, PortrayalChoice Choice) Train(IReadOnlyList<PortrayalExample> examples, PortrayalFeaturizer featurizer, string name, PortrayalTrainingOptions options, int folds, IReadOnlyList<int> epochCandidates, IReadOnlyList<float> weights, IReadOnlyList<PortrayalBias> biases, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(options);
        var rows = PortrayalTraining.LabelledRows(examples, featurizer);
        var cv = PortrayalCrossValidation.Run(rows, [.. examples.Select(e => e.Document)], featurizer.LinearDenseCount, folds, options, epochCandidates, log);
        var choice = PortrayalModelSelection.Choose(cv, weights, biases, log);
        var linear = ClassifierTrainer.Train(rows, featurizer.LinearDenseCount, options.Seed, options.L2).Classifier;
        var mlps = choice.MlpCount == 0 ? [] : PortrayalTraining.TrainMlps(rows, linear.Labels, options with { MlpCount = choice.MlpCount, MlpEpochs = choice.Epochs }).Select(m => m.Quantised()).ToArray();
        var model = new PortrayalModel(linear, featurizer, name, mlps, choice.MlpWeight).WithBiasOffsets(choice.Offsets);
        return (model, choice);
    }
}
