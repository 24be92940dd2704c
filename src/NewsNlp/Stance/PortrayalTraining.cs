using NewsNlp.Stance.Corpora;
using NewsNlp.Training;

namespace NewsNlp.Stance;

/// <summary>Trains and evaluates the portrayal model on NewsMTSC's sentence–target polarity.</summary>
public static class PortrayalTraining
{
    public static readonly string[] Labels = [StanceLabels.Positive, StanceLabels.Neutral, StanceLabels.Negative];

    public static IReadOnlyList<PortrayalExample> Load(string corporaRoot, string split) =>
        NewsMtscReader.Read(CorpusLocator.RequireFile(corporaRoot, NewsMtscReader.RelativePath(split)));

    public static TrainedClassifier Train(IReadOnlyList<PortrayalExample> examples, PortrayalFeaturizer featurizer, int seed, float l2)
    {
        var rows = featurizer.Build(examples.Select(e => (e.Sentence, e.TargetStart, e.TargetEnd)).ToArray());
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i].Label = examples[i].Label;
        }

        return ClassifierTrainer.Train(rows, featurizer.DenseCount, seed, l2);
    }

    /// <summary>The classifier with decision biases tuned for macro-F1 on <paramref name="dev"/> (see <see cref="DecisionBias"/>).</summary>
    public static Classifier TuneDecisionBiases(Classifier classifier, PortrayalFeaturizer featurizer, IReadOnlyList<PortrayalExample> dev, out IReadOnlyList<float> offsets)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var rows = featurizer.Build(dev.Select(e => (e.Sentence, e.TargetStart, e.TargetEnd)).ToArray());
        var tuned = DecisionBias.Tune(classifier.Labels, rows.Select(classifier.Predict).ToArray(), dev.Select(e => e.Label).ToArray());
        offsets = tuned;
        return classifier.WithBiasOffsets(tuned);
    }

    public static ClassificationReport Evaluate(PortrayalModel model, IReadOnlyList<PortrayalExample> examples)
    {
        var predicted = model.Predict(examples.Select(e => (e.Sentence, e.TargetStart, e.TargetEnd)).ToArray());
        return ClassificationReport.Compute(Labels, examples.Select(e => e.Label).ToArray(), predicted.Select(p => PortrayalModel.LabelOf(p).ToString().ToLowerInvariant()).ToArray());
    }
}
