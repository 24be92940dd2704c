using NewsNlp.Stance.Corpora;

namespace NewsNlp.Stance;

/// <summary>
/// A loaded stance classifier with its featurizer: (topic, statement) → support/oppose/neutral
/// probabilities. Thread-safe; load once per process.
/// </summary>
public sealed class StanceModel(Classifier classifier, StanceFeaturizer featurizer, string name)
{
    public string Name { get; } = name;

    /// <summary>The value of the output's model column.</summary>
    public string Tag => StanceModels.Tag(Name);

    public Classifier Classifier { get; } = classifier;

    /// <summary>Name, version and SHA-256 of the loaded file for run.json; null for a model built in memory.</summary>
    public Pipeline.ModelInfo? Info { get; private init; }

    /// <param name="embeddings">Accurate mode's MiniLM vectors; default the live encoders.</param>
    public static StanceModel Load(ModelMode mode, string? path = null, IEmbeddingSource? embeddings = null)
    {
        var name = StanceModels.StanceName(mode);
        var file = path ?? Models.ModelLocator.PathOf(StanceModels.FileName(name));
        var classifier = ModelFile.Load(file);
        var featurizer = new StanceFeaturizer(mode, mode == ModelMode.Accurate ? embeddings ?? LiveEmbeddings.Instance : null);

        // A file from another version or mode would silently read the wrong dense features.
        if (classifier.DenseCount != featurizer.DenseCount)
        {
            throw new InvalidDataException($"{file} has {classifier.DenseCount} dense features where {name}@{StanceModels.Version} computes {featurizer.DenseCount}: it was trained by another version or mode; retrain it with 'newsnlp train stance'.");
        }

        return new StanceModel(classifier, featurizer, name)
        {
            Info = Pipeline.ModelInfo.FromFile(name, StanceModels.Version, file),
        };
    }

    /// <summary>Probabilities per pair; <paramref name="domain"/> is news for articles, debate when scoring the debate corpora.</summary>
    public StanceProbabilities[] Predict(IReadOnlyList<(string Topic, string Statement)> pairs, StanceDomain domain = StanceDomain.News)
    {
        var rows = featurizer.Build(pairs, domain);
        var result = new StanceProbabilities[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var p = Classifier.Predict(rows[i]);
            result[i] = new StanceProbabilities(
                Classifier.ProbabilityOf(p, StanceLabels.Support),
                Classifier.ProbabilityOf(p, StanceLabels.Oppose),
                Classifier.ProbabilityOf(p, StanceLabels.Neutral)).Normalised();
        }

        return result;
    }
}
