using NewsNlp.Documents;
using NewsNlp.Stance.Corpora;

namespace NewsNlp.Stance;

/// <summary>
/// A loaded portrayal classifier: (sentence, target span) → positive/neutral/negative probabilities.
/// Thread-safe; load once per process.
/// </summary>
public sealed class PortrayalModel(Classifier classifier, PortrayalFeaturizer featurizer, string name)
{
    public string Name { get; } = name;

    public Classifier Classifier { get; } = classifier;

    /// <summary>Name, version and SHA-256 of the loaded file for run.json; null for a model built in memory.</summary>
    public Pipeline.ModelInfo? Info { get; private init; }

    /// <param name="embeddings">Accurate mode's MiniLM vectors; default the live encoders.</param>
    public static PortrayalModel Load(ModelMode mode, string? path = null, IEmbeddingSource? embeddings = null)
    {
        var name = StanceModels.PortrayalName(mode);
        var file = path ?? Models.ModelLocator.PathOf(StanceModels.FileName(name));
        var (classifier, lexicon) = PortrayalModelFile.Load(file);
        return new PortrayalModel(classifier, new PortrayalFeaturizer(mode, mode == ModelMode.Accurate ? embeddings ?? LiveEmbeddings.Instance : null, lexicon), name)
        {
            Info = Pipeline.ModelInfo.FromFile(name, StanceModels.Version, file),
        };
    }

    /// <summary>Probabilities per item as (positive, neutral, negative), each triple summing to 1.</summary>
    public (double Positive, double Neutral, double Negative)[] Predict(IReadOnlyList<(string Sentence, int TargetStart, int TargetEnd)> items)
    {
        var rows = featurizer.Build(items);
        var result = new (double, double, double)[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var p = Classifier.Predict(rows[i]);
            result[i] = (Classifier.ProbabilityOf(p, StanceLabels.Positive), Classifier.ProbabilityOf(p, StanceLabels.Neutral), Classifier.ProbabilityOf(p, StanceLabels.Negative));
        }

        return result;
    }

    /// <summary>The label of a probability triple.</summary>
    public static PortrayalLabel LabelOf((double Positive, double Neutral, double Negative) p) =>
        p.Positive >= p.Neutral && p.Positive >= p.Negative ? PortrayalLabel.Positive
        : p.Negative > p.Neutral ? PortrayalLabel.Negative : PortrayalLabel.Neutral;

}
