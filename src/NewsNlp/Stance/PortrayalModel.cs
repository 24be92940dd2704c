using NewsNlp.Documents;
using NewsNlp.Stance.Corpora;

namespace NewsNlp.Stance;

/// <summary>
/// A loaded portrayal classifier: (sentence, target span) → positive/neutral/negative probabilities.
/// The linear classifier, optionally mixed with perceptrons over the dense features (accurate mode): the
/// mixture is softmax((1 − w)·log p_linear + w·log p_perceptrons), p_perceptrons the mean of several
/// perceptrons trained from different seeds, which steadies what one seed's perceptron gets right by luck.
/// Thread-safe; load once per process.
/// </summary>
public sealed class PortrayalModel(Classifier classifier, PortrayalFeaturizer featurizer, string name, IReadOnlyList<PortrayalMlp>? mlps = null, float mlpWeight = 0f)
{
    // Probabilities are floored before their logarithm, so a confident 0 cannot veto the other model.
    private const float ProbabilityFloor = 1e-9f;

    public string Name { get; } = name;

    public Classifier Classifier { get; } = classifier;

    public PortrayalFeaturizer Featurizer { get; } = featurizer;

    /// <summary>The perceptrons mixed in; none in fast mode.</summary>
    public IReadOnlyList<PortrayalMlp> Mlps { get; } = mlps ?? [];

    /// <summary>The perceptrons' share w of the mixture, in [0, 1).</summary>
    public float MlpWeight { get; } = mlps is { Count: > 0 } ? mlpWeight : 0f;

    /// <summary>Name, version and SHA-256 of the loaded file for run.json; null for a model built in memory.</summary>
    public Pipeline.ModelInfo? Info { get; private init; }

    /// <param name="embeddings">Accurate mode's MiniLM vectors; default the live encoders.</param>
    /// <param name="wordVectors">Contextual word vectors, for a model with target vectors; default the live encoder.</param>
    public static PortrayalModel Load(ModelMode mode, string? path = null, IEmbeddingSource? embeddings = null, IWordVectorSource? wordVectors = null)
    {
        var name = StanceModels.PortrayalName(mode);
        var file = path ?? Models.ModelLocator.PathOf(StanceModels.FileName(name));
        var loaded = PortrayalModelFile.Load(file);
        var accurate = mode == ModelMode.Accurate;
        var featurizer = new PortrayalFeaturizer(mode, accurate ? embeddings ?? LiveEmbeddings.Instance : null, loaded.Lexicon, loaded.TargetVectors, accurate && loaded.TargetVectors != null ? wordVectors ?? ContextualWordVectors.Live : null);
        return new PortrayalModel(loaded.Classifier, featurizer, name, loaded.Mlps, loaded.MlpWeight)
        {
            Info = Pipeline.ModelInfo.FromFile(name, StanceModels.PortrayalVersion, file),
        };
    }

    /// <summary>
    /// The same model with per-class <paramref name="offsets"/> added to the mixture's log-scores: the linear
    /// biases move by offset / (1 − w), which shifts the mixture's scores by exactly the offset.
    /// </summary>
    public PortrayalModel WithBiasOffsets(IReadOnlyList<float> offsets)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        var linearShare = 1f - MlpWeight;
        return new PortrayalModel(Classifier.WithBiasOffsets(offsets.Select(o => o / linearShare).ToArray()), Featurizer, Name, Mlps, MlpWeight);
    }

    /// <summary>Probabilities per item as (positive, neutral, negative), each triple summing to 1.</summary>
    public (double Positive, double Neutral, double Negative)[] Predict(IReadOnlyList<(string Sentence, int TargetStart, int TargetEnd)> items)
    {
        var rows = Featurizer.Build(items);
        var result = new (double, double, double)[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var p = PredictRow(rows[i]);
            result[i] = (Classifier.ProbabilityOf(p, StanceLabels.Positive), Classifier.ProbabilityOf(p, StanceLabels.Neutral), Classifier.ProbabilityOf(p, StanceLabels.Negative));
        }

        return result;
    }

    /// <summary>
    /// The mean probabilities of one stakeholder's sentences in <paramref name="text"/> (each with the span of
    /// its mention), as the mean of <see cref="Predict"/>'s. Fast mode featurises and scores one sentence at a
    /// time in the thread's buffers, with no string per sentence; accurate mode embeds them as one batch.
    /// </summary>
    internal (double Positive, double Neutral, double Negative) PredictMean(string text, ReadOnlySpan<(TextSpan Sentence, TextSpan Target)> sentences)
    {
        double positive = 0, neutral = 0, negative = 0;
        // Row-at-a-time scoring knows only the n-gram and cue features; any other model takes the batch path.
        if (Featurizer.Mode == ModelMode.Accurate || MlpWeight > 0f || Featurizer.TargetVectors != null)
        {
            var items = new (string, int, int)[sentences.Length];
            for (var i = 0; i < items.Length; i++)
            {
                var (sentence, target) = sentences[i];
                items[i] = (sentence.Of(text).ToString(), target.Start - sentence.Start, target.End - sentence.Start);
            }

            foreach (var p in Predict(items))
            {
                (positive, neutral, negative) = (positive + p.Positive, neutral + p.Neutral, negative + p.Negative);
            }
        }
        else
        {
            var scratch = RowScratch.ForThisThread;
            Span<float> p = stackalloc float[Classifier.Labels.Count];
            foreach (var (sentence, target) in sentences)
            {
                var dense = scratch.Dense(Featurizer.DenseCount);
                Featurizer.WriteRow(sentence.Of(text), target.Start - sentence.Start, target.End - sentence.Start, dense, scratch.Text, scratch.Context);
                Classifier.Predict(scratch.Text.Span, scratch.Context.Span, dense, p);
                positive += Classifier.ProbabilityOf(p, StanceLabels.Positive);
                neutral += Classifier.ProbabilityOf(p, StanceLabels.Neutral);
                negative += Classifier.ProbabilityOf(p, StanceLabels.Negative);
            }
        }

        // Summed in order and divided once, as Enumerable.Average does, so the figures are those of a mean over Predict.
        return (positive / sentences.Length, neutral / sentences.Length, negative / sentences.Length);
    }

    /// <summary>One featurised row's probabilities, in the order of <see cref="Classifier.Labels"/>.</summary>
    public float[] PredictRow(ModelInput row)
    {
        var linear = Classifier.Predict(row);
        return MlpWeight <= 0f ? linear : Mix(linear, MeanOfMlps(row.Dense), MlpWeight);
    }

    private float[] MeanOfMlps(float[] dense) => Mean(Mlps.Select(m => m.Predict(dense)).ToArray());

    /// <summary>The element-wise mean of several models' probability vectors: an ensemble's prediction.</summary>
    public static float[] Mean(IReadOnlyList<float[]> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var mean = new float[probabilities[0].Length];
        foreach (var p in probabilities)
        {
            for (var c = 0; c < mean.Length; c++)
            {
                mean[c] += p[c] / probabilities.Count;
            }
        }

        return mean;
    }

    /// <summary>softmax((1 − w)·log a + w·log b): a geometric mixture of two probability vectors.</summary>
    public static float[] Mix(float[] a, float[] b, float weight)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var scores = new float[a.Length];
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = ((1f - weight) * MathF.Log(Math.Max(a[c], ProbabilityFloor))) + (weight * MathF.Log(Math.Max(b[c], ProbabilityFloor)));
        }

        Analysis.Perceptron.PerceptronModel.Softmax(scores);
        return scores;
    }

    /// <summary>The label of a probability triple.</summary>
    public static PortrayalLabel LabelOf((double Positive, double Neutral, double Negative) p) =>
        p.Positive >= p.Neutral && p.Positive >= p.Negative ? PortrayalLabel.Positive
        : p.Negative > p.Neutral ? PortrayalLabel.Negative : PortrayalLabel.Neutral;
}
