using Microsoft.ML;
using Microsoft.ML.Data;

namespace NewsNlp.Stance;

/// <summary>
/// A loaded classifier, shared by all threads: ML.NET's prediction engine is not thread-safe, so
/// each thread gets its own engine over the one read-only model.
/// </summary>
public sealed class Classifier : IDisposable
{
    private readonly ThreadLocal<PredictionEngine<ModelInput, ModelOutput>> _engines;

    public Classifier(MLContext context, ITransformer model, DataViewSchema inputSchema)
    {
        var dense = inputSchema[nameof(ModelInput.Dense)].Type as VectorDataViewType
            ?? throw new InvalidDataException("The model's input has no dense feature vector.");
        DenseCount = dense.Size;
        var definition = InputSchema.For(DenseCount);
        var output = model.GetOutputSchema(inputSchema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        output["Score"].GetSlotNames(ref names);
        Labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        _engines = new ThreadLocal<PredictionEngine<ModelInput, ModelOutput>>(
            () => context.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model, inputSchemaDefinition: definition));
    }

    public int DenseCount { get; }

    /// <summary>Class names in the order of <see cref="Predict"/>'s probabilities.</summary>
    public IReadOnlyList<string> Labels { get; }

    public static Classifier FromTrained(TrainedClassifier trained) => new(trained.Context, trained.Model, trained.InputSchema);

    /// <summary>Class probabilities (summing to 1) in the order of <see cref="Labels"/>.</summary>
    public float[] Predict(ModelInput input) => _engines.Value!.Predict(input).Score.ToArray();

    /// <summary>The probability of <paramref name="label"/> in a <see cref="Predict"/> result, 0 when the model lacks it.</summary>
    public float ProbabilityOf(float[] probabilities, string label)
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

    public void Dispose() => _engines.Dispose();
}
