using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace NewsNlp.Stance;

/// <summary>Raised when training data cannot give a classifier (empty, or one class only).</summary>
public sealed class InvalidTrainingDataException(string message) : Exception(message);

/// <summary>
/// Trains the shared classifier shape: word and character n-grams of the marked text, word n-grams of
/// the context, normalised dense features, and a multinomial logistic regression (L-BFGS). One
/// optimiser thread and a seeded MLContext make the same data and seed give the same model.
/// </summary>
public static class ClassifierTrainer
{
    // Vocabulary caps (most frequent n-grams kept): they bound model size and prediction cost.
    private const int MaxWordNgrams = 30000;
    private const int MaxCharNgrams = 20000;
    private const int MaxContextNgrams = 10000;

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

        if (rows.FirstOrDefault(r => r.Dense.Length != denseCount) is { } bad)
        {
            throw new InvalidTrainingDataException($"A row has {bad.Dense.Length} dense features where {denseCount} are expected.");
        }

        var ml = new MLContext(seed);
        var schema = InputSchema.For(denseCount);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var text = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, MaximumNgramsCount = [MaxWordNgrams] },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false, MaximumNgramsCount = [MaxCharNgrams] },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        };
        var context = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, MaximumNgramsCount = [MaxContextNgrams] },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(ModelInput.Text))
            .Append(ml.Transforms.Text.FeaturizeText("ContextFeatures", context, nameof(ModelInput.Context)))
            .Append(ml.Transforms.NormalizeMeanVariance("DenseFeatures", nameof(ModelInput.Dense)))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "ContextFeatures", "DenseFeatures"))
            .Append(ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(ModelInput.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new Microsoft.ML.Trainers.LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(ModelInput.Weight),
                L2Regularization = l2,
                L1Regularization = 0f,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            }));
        var model = pipeline.Fit(data);
        return new TrainedClassifier(ml, model, data.Schema, denseCount, labels);
    }
}

/// <summary>A freshly trained model with what saving and predicting need.</summary>
public sealed record TrainedClassifier(MLContext Context, ITransformer Model, DataViewSchema InputSchema, int DenseCount, IReadOnlyList<string> Labels);

/// <summary>The input schema with the dense vector's size, which is only known at run time.</summary>
internal static class InputSchema
{
    public static SchemaDefinition For(int denseCount)
    {
        var definition = SchemaDefinition.Create(typeof(ModelInput));
        definition[nameof(ModelInput.Dense)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, denseCount);
        return definition;
    }
}
