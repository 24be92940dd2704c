using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace NewsNlp.Stance;

/// <summary>Raised when training data cannot give a classifier (empty, or one class only).</summary>
public sealed class InvalidTrainingDataException(string message) : Exception(message);

/// <summary>
/// Trains the shared classifier shape: our <see cref="FeatureSpace"/> vectors fed to ML.NET's
/// multinomial logistic regression (L-BFGS), whose weights and biases then become a
/// <see cref="Classifier"/>. One optimiser thread and a seeded MLContext make the same data and seed
/// give the same model.
/// </summary>
public static class ClassifierTrainer
{
    /// <param name="denseCount">The leading dense features of every row the classifier reads; a row may carry more for another model.</param>
    public static TrainedClassifier Train(IReadOnlyList<ModelInput> rows, int denseCount, int seed, float l2 = 1f)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new InvalidTrainingDataException("Training data is empty: at least two labelled rows of two different classes are needed.");
        }

        var labels = rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length < 2)
        {
            throw new InvalidTrainingDataException($"Training data has only one class ('{labels[0]}'): a classifier needs at least two.");
        }

        if (rows.FirstOrDefault(r => r.Dense.Length < denseCount) is { } bad)
        {
            throw new InvalidTrainingDataException($"A row has {bad.Dense.Length} dense features where at least {denseCount} are expected.");
        }

        var space = FeatureSpace.Build(rows, denseCount);
        var ml = new MLContext(seed);
        var schema = VectorRow.Schema(space.Count);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => VectorRow.Of(space, r)).ToArray(), schema);

        // Keys by value: class i of the model is labels[i], the ordinal order used above.
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(VectorRow.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = nameof(VectorRow.Features),
                ExampleWeightColumnName = nameof(VectorRow.Weight),
                L2Regularization = l2,
                L1Regularization = 0f,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            }));
        var transformer = pipeline.Fit(data);
        var parameters = transformer.LastTransformer.Model;

        VBuffer<float>[] classWeights = default!;
        parameters.GetWeights(ref classWeights, out var classCount);
        var weights = new float[space.Count * classCount];
        for (var c = 0; c < classCount; c++)
        {
            foreach (var (feature, weight) in classWeights[c].Items())
            {
                weights[(feature * classCount) + c] = weight;
            }
        }

        var exact = new Classifier(space, labels, weights, parameters.GetBiases().ToArray());
        return new TrainedClassifier(exact.Quantised(), exact, row =>
        {
            var engine = ml.Model.CreatePredictionEngine<VectorRow, VectorScore>(transformer, inputSchemaDefinition: schema);
            return engine.Predict(VectorRow.Of(space, row)).Score;
        });
    }
}

/// <summary>
/// A freshly trained model: <see cref="Classifier"/> as shipped (16-bit weights), <see cref="Exact"/>
/// with ML.NET's float weights, and ML.NET's own prediction, which <see cref="Exact"/> reproduces.
/// </summary>
public sealed record TrainedClassifier(Classifier Classifier, Classifier Exact, Func<ModelInput, float[]> PredictWithMlNet);

/// <summary>One training row as ML.NET reads it: our sparse vector, the label, the weight.</summary>
internal sealed class VectorRow
{
    public VBuffer<float> Features { get; set; }

    public string Label { get; set; } = string.Empty;

    public float Weight { get; set; } = 1f;

    public static VectorRow Of(FeatureSpace space, ModelInput row)
    {
        List<int> indices = [];
        List<float> values = [];
        space.Vectorise(row, indices, values);
        return new VectorRow { Features = new VBuffer<float>(space.Count, values.Count, values.ToArray(), indices.ToArray()), Label = row.Label, Weight = row.Weight };
    }

    /// <summary>The schema with the vector length, which is only known at run time.</summary>
    public static SchemaDefinition Schema(int featureCount)
    {
        var definition = SchemaDefinition.Create(typeof(VectorRow));
        definition[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return definition;
    }
}

/// <summary>ML.NET's output: one probability per class, in key order.</summary>
internal sealed class VectorScore
{
    public float[] Score { get; set; } = [];
}
