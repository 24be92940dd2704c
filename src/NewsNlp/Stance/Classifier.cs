using NewsNlp.Models;
using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Stance;

/// <summary>
/// A multinomial logistic regression over a <see cref="FeatureSpace"/>: class scores are the bias plus
/// the weights of the row's non-zero features, and probabilities their softmax — what ML.NET's
/// L-BFGS maximum-entropy model computes, without its per-row prediction engine. Immutable, so one
/// loaded instance serves all threads.
/// </summary>
public sealed class Classifier
{
    [ThreadStatic]
    private static BlockCounts? _counts;

    // Weights by feature, then class: a feature's class weights are adjacent in memory.
    private readonly float[] _weights;
    private readonly float[] _biases;

    // The scoring path of quantised three-class models (all shipped ones); null for others.
    private readonly FusedWeights? _fused;

    public Classifier(FeatureSpace features, IReadOnlyList<string> labels, float[] weights, float[] biases)
        : this(features, labels, weights, biases, WeightQuantisation.StepOf(weights))
    {
    }

    private Classifier(FeatureSpace features, IReadOnlyList<string> labels, float[] weights, float[] biases, float step)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (biases.Length != labels.Count || weights.Length != features.Count * labels.Count)
        {
            throw new InvalidDataException($"A classifier of {labels.Count} classes over {features.Count} features needs {features.Count * labels.Count} weights and {labels.Count} biases.");
        }

        Features = features;
        Labels = labels;
        _weights = weights;
        _biases = biases;
        QuantisationStep = step;
        _fused = labels.Count == FusedWeights.ClassCount ? FusedWeights.TryCreate(features, weights, step) : null;
    }

    public FeatureSpace Features { get; }

    /// <summary>Class names in the order of <see cref="Predict"/>'s probabilities.</summary>
    public IReadOnlyList<string> Labels { get; }

    public int DenseCount => Features.DenseCount;

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Biases => _biases;

    /// <summary>The 16-bit step the model file stores weights in; kept from <see cref="Quantised"/> so saving it loses nothing.</summary>
    internal float QuantisationStep { get; }

    /// <summary>Class probabilities (summing to 1) in the order of <see cref="Labels"/>.</summary>
    public float[] Predict(ModelInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var probabilities = new float[Labels.Count];
        Predict(input.Text, input.Context, input.Dense, probabilities);
        return probabilities;
    }

    /// <summary>
    /// The class probabilities of a row given as its text and context columns and dense values, written into
    /// <paramref name="probabilities"/> (one per label): the pipeline's path, which makes no row object.
    /// </summary>
    internal void Predict(ReadOnlySpan<char> text, ReadOnlySpan<char> context, ReadOnlySpan<float> dense, Span<float> probabilities)
    {
        var scores = probabilities[..Labels.Count];
        _biases.CopyTo(scores);
        if (_fused != null)
        {
            _fused.AddNgramScores(text, context, scores);
        }
        else
        {
            AddNgramScores(text, context, scores);
        }

        for (var d = 0; d < Features.DenseCount; d++)
        {
            Add(scores, Features.NgramCount + d, Features.DenseValue(dense, d));
        }

        PerceptronModel.Softmax(scores);
    }

    /// <summary>The probability of <paramref name="label"/> in a <see cref="Predict"/> result, 0 when the model lacks it.</summary>
    public float ProbabilityOf(ReadOnlySpan<float> probabilities, string label)
    {
        for (var i = 0; i < Labels.Count; i++)
        {
            if (string.Equals(Labels[i], label, StringComparison.Ordinal))
            {
                return probabilities[i];
            }
        }

        return 0f;
    }

    /// <summary>
    /// The same model with weights rounded to 16-bit steps of the largest weight, as the model file
    /// stores them: shipping and loading this one gives exactly the probabilities it gives in memory.
    /// </summary>
    public Classifier Quantised() =>
        new(Features, Labels, WeightQuantisation.Dequantise(WeightQuantisation.Quantise(_weights, QuantisationStep), QuantisationStep), _biases, QuantisationStep);

    /// <summary>The same model with <paramref name="offsets"/> (one per class) added to its biases.</summary>
    public Classifier WithBiasOffsets(IReadOnlyList<float> offsets)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        return new(Features, Labels, _weights, _biases.Select((b, c) => b + offsets[c]).ToArray(), QuantisationStep);
    }

    /// <summary>A loaded model: the file's 16-bit weights and their step.</summary>
    internal static Classifier FromQuantised(FeatureSpace features, IReadOnlyList<string> labels, short[] quantised, float step, float[] biases) =>
        new(features, labels, WeightQuantisation.Dequantise(quantised, step), biases, step);

    private void AddNgramScores(ReadOnlySpan<char> text, ReadOnlySpan<char> context, Span<float> scores)
    {
        var counts = _counts ??= new BlockCounts();
        for (var block = 0; block < FeatureSpace.BlockCount; block++)
        {
            Features.CountBlock(text, context, block, counts);
            var scale = counts.InverseLength();
            foreach (var feature in counts.Touched)
            {
                Add(scores, feature, counts.CountOf(feature) * scale);
            }

            counts.Clear();
        }
    }

    private void Add(Span<float> scores, int feature, float value)
    {
        var row = _weights.AsSpan(feature * scores.Length, scores.Length);
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] += row[c] * value;
        }
    }
}
