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
            result[i] = ProbabilitiesOf(Classifier.Predict(rows[i]));
        }

        return result;
    }

    /// <summary>
    /// The probabilities of an article's statements (spans of <paramref name="text"/>) toward
    /// <paramref name="topic"/>, as <see cref="Predict"/> gives them for news pairs, into <paramref name="into"/>.
    /// Fast mode featurises and scores one statement at a time in the thread's buffers, with no string per
    /// statement; accurate mode embeds the statements as one batch.
    /// </summary>
    internal void PredictNews(string topic, string text, IReadOnlyList<Statement> statements, Span<StanceProbabilities> into)
    {
        if (featurizer.Mode == ModelMode.Accurate)
        {
            var pairs = new (string, string)[statements.Count];
            for (var i = 0; i < pairs.Length; i++)
            {
                pairs[i] = (topic, statements[i].Span.Of(text).ToString());
            }

            Predict(pairs).CopyTo(into);
            return;
        }

        var topicWords = new TopicWords(topic);
        var scratch = RowScratch.ForThisThread;
        Span<float> probabilities = stackalloc float[Classifier.Labels.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            var dense = scratch.Dense(featurizer.DenseCount);
            StanceFeaturizer.WriteRow(topicWords, statements[i].Span.Of(text), StanceDomain.News, dense, scratch.Text, scratch.Context);
            Classifier.Predict(scratch.Text.Span, scratch.Context.Span, dense, probabilities);
            into[i] = ProbabilitiesOf(probabilities);
        }
    }

    private StanceProbabilities ProbabilitiesOf(ReadOnlySpan<float> p) => new StanceProbabilities(
        Classifier.ProbabilityOf(p, StanceLabels.Support),
        Classifier.ProbabilityOf(p, StanceLabels.Oppose),
        Classifier.ProbabilityOf(p, StanceLabels.Neutral)).Normalised();
}
