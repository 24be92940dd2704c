using System.Numerics.Tensors;
using NewsNlp.Models;

namespace NewsNlp.Stance;

/// <summary>
/// A one-hidden-layer perceptron (ReLU, softmax) over the dense features of accurate portrayal (the
/// MiniLM embeddings and cues): the linear model can only add up embedding directions, while the
/// hidden layer can pick up how the sentence's and the target context's vectors combine. Trained
/// with Adam, hidden-layer dropout and weight decay on one thread from a seeded generator, so the same
/// data and seed give the same weights. Stored with 16-bit weights (<see cref="Quantised"/>), one
/// quantisation step per weight row, so a row of small weights keeps its precision beside a row of large
/// ones. Immutable after training; thread-safe prediction.
/// </summary>
public sealed class PortrayalMlp
{
    private const float LearningRate = 1e-3f;
    private const float WeightDecay = 1e-4f;
    private const float Dropout = 0.3f;
    private const int BatchSize = 32;

    // Input standardisation: (x − mean) · scale.
    private readonly float[] _means;
    private readonly float[] _scales;
    private readonly float[] _hiddenWeights; // hidden × inputs
    private readonly float[] _hiddenBiases;
    private readonly float[] _outputWeights; // classes × hidden
    private readonly float[] _outputBiases;

    // The 16-bit quantisation step of each weight row (hidden rows, then output rows); null while the
    // weights are the trainer's floats.
    private readonly float[]? _rowSteps;

    private PortrayalMlp(float[] means, float[] scales, float[] hiddenWeights, float[] hiddenBiases, float[] outputWeights, float[] outputBiases, float[]? rowSteps = null)
    {
        _means = means;
        _scales = scales;
        _hiddenWeights = hiddenWeights;
        _hiddenBiases = hiddenBiases;
        _outputWeights = outputWeights;
        _outputBiases = outputBiases;
        _rowSteps = rowSteps;
    }

    public int InputCount => _means.Length;

    public int HiddenCount => _hiddenBiases.Length;

    public int ClassCount => _outputBiases.Length;

    /// <summary>Whether the weights are the 16-bit values a model file holds.</summary>
    public bool IsQuantised => _rowSteps != null;

    /// <summary>
    /// The model with every weight rounded to a 16-bit multiple of its row's step, exactly as
    /// <see cref="Write"/> stores it, so predictions before saving and after loading are the same.
    /// </summary>
    public PortrayalMlp Quantised()
    {
        if (_rowSteps != null)
        {
            return this;
        }

        var steps = new float[HiddenCount + ClassCount];
        var hidden = QuantisedRows(_hiddenWeights, InputCount, steps.AsSpan(0, HiddenCount));
        var output = QuantisedRows(_outputWeights, HiddenCount, steps.AsSpan(HiddenCount));
        // Biases are copied: a snapshot taken during training must not move with the trainer's arrays.
        return new PortrayalMlp(_means, _scales, hidden, [.. _hiddenBiases], output, [.. _outputBiases], steps);
    }

    /// <summary>Class probabilities (summing to 1) of one row's dense features.</summary>
    public float[] Predict(ReadOnlySpan<float> input)
    {
        var x = Standardise(input);
        var hidden = new float[HiddenCount];
        Forward(x, hidden, dropMask: null);
        var output = new float[ClassCount];
        Output(hidden, output);
        Analysis.Perceptron.PerceptronModel.Softmax(output);
        return output;
    }

    /// <summary>Trains on rows of dense features and class indices for <paramref name="epochs"/> passes.</summary>
    /// <param name="afterEpoch">Given each epoch's number and the model so far (quantised), so one run
    /// yields the models of fewer epochs too: they are the same as runs stopped there.</param>
    public static PortrayalMlp Train(IReadOnlyList<float[]> inputs, IReadOnlyList<int> classes, int classCount, int hiddenCount, int epochs, int seed, Action<int, PortrayalMlp>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(classes);
        if (inputs.Count == 0 || inputs.Count != classes.Count)
        {
            throw new InvalidTrainingDataException("The perceptron needs one class per input row, and at least one row.");
        }

        var inputCount = inputs[0].Length;
        var (means, scales) = Standardisation(inputs, inputCount);
        var random = new Random(seed);
        var model = new PortrayalMlp(means, scales, Initial(random, hiddenCount * inputCount, inputCount), new float[hiddenCount], Initial(random, classCount * hiddenCount, hiddenCount), new float[classCount]);
        var x = inputs.Select(model.Standardise).ToArray();
        var optimiser = new Adam(model);
        var order = Enumerable.Range(0, x.Length).ToArray();
        var gradients = new Gradients(model);
        var hidden = new float[hiddenCount];
        var mask = new bool[hiddenCount];
        var output = new float[classCount];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            for (var batch = 0; batch < order.Length; batch += BatchSize)
            {
                gradients.Clear();
                var end = Math.Min(order.Length, batch + BatchSize);
                for (var i = batch; i < end; i++)
                {
                    for (var h = 0; h < hiddenCount; h++)
                    {
                        mask[h] = random.NextSingle() >= Dropout;
                    }

                    model.Forward(x[order[i]], hidden, mask);
                    model.Output(hidden, output);
                    Analysis.Perceptron.PerceptronModel.Softmax(output);
                    output[classes[order[i]]] -= 1f; // d loss / d logits of cross-entropy
                    gradients.Add(model, x[order[i]], hidden, output);
                }

                optimiser.Step(model, gradients, 1f / (end - batch));
            }

            afterEpoch?.Invoke(epoch, model.Quantised());
        }

        return model;
    }

    /// <summary>Writes the quantised model: standardisation and biases as floats, weights as 16-bit rows with their steps.</summary>
    internal void Write(BinaryWriter writer)
    {
        var model = Quantised();
        var steps = model._rowSteps!;
        writer.Write(InputCount);
        writer.Write(HiddenCount);
        writer.Write(ClassCount);
        foreach (var array in new[] { _means, _scales, _hiddenBiases, _outputBiases, steps })
        {
            foreach (var value in array)
            {
                writer.Write(value);
            }
        }

        WriteRows(writer, model._hiddenWeights, InputCount, steps.AsSpan(0, HiddenCount));
        WriteRows(writer, model._outputWeights, HiddenCount, steps.AsSpan(HiddenCount));
    }

    internal static PortrayalMlp Read(BinaryReader reader)
    {
        var inputs = reader.ReadInt32();
        var hidden = reader.ReadInt32();
        var classes = reader.ReadInt32();
        if (inputs is <= 0 or > 1 << 16 || hidden is <= 0 or > 1 << 12 || classes is <= 0 or > 64)
        {
            throw new InvalidDataException($"Not a NewsNlp perceptron: {inputs} inputs, {hidden} hidden units, {classes} classes.");
        }

        float[] Next(int length)
        {
            var array = new float[length];
            for (var i = 0; i < length; i++)
            {
                array[i] = reader.ReadSingle();
            }

            return array;
        }

        var (means, scales, hiddenBiases, outputBiases, steps) = (Next(inputs), Next(inputs), Next(hidden), Next(classes), Next(hidden + classes));
        float[] Rows(int rows, int length, ReadOnlySpan<float> rowSteps)
        {
            var weights = new float[rows * length];
            var quantised = new short[length];
            for (var row = 0; row < rows; row++)
            {
                for (var i = 0; i < length; i++)
                {
                    quantised[i] = reader.ReadInt16();
                }

                WeightQuantisation.Dequantise(quantised, rowSteps[row]).CopyTo(weights, row * length);
            }

            return weights;
        }

        var hiddenWeights = Rows(hidden, inputs, steps.AsSpan(0, hidden));
        var outputWeights = Rows(classes, hidden, steps.AsSpan(hidden));
        return new PortrayalMlp(means, scales, hiddenWeights, hiddenBiases, outputWeights, outputBiases, steps);
    }

    // Each row of `length` weights rounded to 16-bit multiples of its own step, which goes to `steps`.
    private static float[] QuantisedRows(float[] weights, int length, Span<float> steps)
    {
        var result = new float[weights.Length];
        for (var row = 0; row < steps.Length; row++)
        {
            var span = weights.AsSpan(row * length, length);
            steps[row] = WeightQuantisation.StepOf(span);
            WeightQuantisation.Dequantise(WeightQuantisation.Quantise(span, steps[row]), steps[row]).CopyTo(result, row * length);
        }

        return result;
    }

    private static void WriteRows(BinaryWriter writer, float[] weights, int length, ReadOnlySpan<float> steps)
    {
        for (var row = 0; row < steps.Length; row++)
        {
            foreach (var q in WeightQuantisation.Quantise(weights.AsSpan(row * length, length), steps[row]))
            {
                writer.Write(q);
            }
        }
    }

    private float[] Standardise(ReadOnlySpan<float> input)
    {
        var x = new float[InputCount];
        for (var i = 0; i < x.Length && i < input.Length; i++)
        {
            x[i] = (input[i] - _means[i]) * _scales[i];
        }

        return x;
    }

    private float[] Standardise(float[] input) => Standardise(input.AsSpan());

    // ReLU hidden layer; a dropped unit is 0 and a kept one is scaled up, so prediction needs no rescaling.
    private void Forward(float[] x, float[] hidden, bool[]? dropMask)
    {
        var inputCount = InputCount;
        for (var h = 0; h < hidden.Length; h++)
        {
            if (dropMask != null && !dropMask[h])
            {
                hidden[h] = 0f;
                continue;
            }

            var sum = _hiddenBiases[h] + TensorPrimitives.Dot(_hiddenWeights.AsSpan(h * inputCount, inputCount), x);
            hidden[h] = sum > 0f ? sum / (dropMask == null ? 1f : 1f - Dropout) : 0f;
        }
    }

    private void Output(float[] hidden, float[] output)
    {
        for (var c = 0; c < output.Length; c++)
        {
            var sum = _outputBiases[c];
            for (var h = 0; h < hidden.Length; h++)
            {
                sum += _outputWeights[(c * hidden.Length) + h] * hidden[h];
            }

            output[c] = sum;
        }
    }

    private static (float[] Means, float[] Scales) Standardisation(IReadOnlyList<float[]> inputs, int count)
    {
        var means = new float[count];
        var scales = new float[count];
        for (var d = 0; d < count; d++)
        {
            double sum = 0, squares = 0;
            foreach (var row in inputs)
            {
                sum += row[d];
                squares += (double)row[d] * row[d];
            }

            var mean = sum / inputs.Count;
            var variance = (squares / inputs.Count) - (mean * mean);
            means[d] = (float)mean;
            scales[d] = variance > 1e-12 ? (float)(1 / Math.Sqrt(variance)) : 1f;
        }

        return (means, scales);
    }

    // Glorot-uniform weights.
    private static float[] Initial(Random random, int length, int fanIn)
    {
        var limit = MathF.Sqrt(6f / (fanIn + (length / fanIn)));
        var weights = new float[length];
        for (var i = 0; i < length; i++)
        {
            weights[i] = ((2f * random.NextSingle()) - 1f) * limit;
        }

        return weights;
    }

    /// <summary>Summed gradients of a mini-batch, in the layout of the model's arrays.</summary>
    private sealed class Gradients(PortrayalMlp model)
    {
        public float[][] Arrays { get; } = [new float[model._hiddenWeights.Length], new float[model._hiddenBiases.Length], new float[model._outputWeights.Length], new float[model._outputBiases.Length]];

        public void Clear()
        {
            foreach (var array in Arrays)
            {
                Array.Clear(array);
            }
        }

        // Back-propagates one row: outputError is d loss / d logits, hidden the (dropped-out) activations.
        public void Add(PortrayalMlp m, float[] x, float[] hidden, float[] outputError)
        {
            var (hiddenWeights, hiddenBiases, outputWeights, outputBiases) = (Arrays[0], Arrays[1], Arrays[2], Arrays[3]);
            var hiddenCount = hidden.Length;
            var keep = 1f / (1f - Dropout);
            for (var h = 0; h < hiddenCount; h++)
            {
                var error = 0f;
                for (var c = 0; c < outputError.Length; c++)
                {
                    outputWeights[(c * hiddenCount) + h] += outputError[c] * hidden[h];
                    error += outputError[c] * m._outputWeights[(c * hiddenCount) + h];
                }

                if (hidden[h] <= 0f)
                {
                    continue;
                }

                error *= keep;
                hiddenBiases[h] += error;
                var row = hiddenWeights.AsSpan(h * x.Length, x.Length);
                TensorPrimitives.MultiplyAdd(x, error, row, row);
            }

            for (var c = 0; c < outputError.Length; c++)
            {
                outputBiases[c] += outputError[c];
            }
        }
    }

    /// <summary>Adam with decoupled weight decay on the weights (not the biases).</summary>
    private sealed class Adam(PortrayalMlp model)
    {
        private const float Beta1 = 0.9f;
        private const float Beta2 = 0.999f;
        private const float Epsilon = 1e-8f;

        private readonly float[][] _first = [new float[model._hiddenWeights.Length], new float[model._hiddenBiases.Length], new float[model._outputWeights.Length], new float[model._outputBiases.Length]];
        private readonly float[][] _second = [new float[model._hiddenWeights.Length], new float[model._hiddenBiases.Length], new float[model._outputWeights.Length], new float[model._outputBiases.Length]];
        private int _steps;

        public void Step(PortrayalMlp m, Gradients gradients, float scale)
        {
            _steps++;
            var correction1 = 1f - MathF.Pow(Beta1, _steps);
            var correction2 = 1f - MathF.Pow(Beta2, _steps);
            float[][] parameters = [m._hiddenWeights, m._hiddenBiases, m._outputWeights, m._outputBiases];
            for (var a = 0; a < parameters.Length; a++)
            {
                var decay = a % 2 == 0 ? WeightDecay : 0f;
                var (p, g, first, second) = (parameters[a], gradients.Arrays[a], _first[a], _second[a]);
                for (var i = 0; i < p.Length; i++)
                {
                    var gradient = g[i] * scale;
                    first[i] = (Beta1 * first[i]) + ((1f - Beta1) * gradient);
                    second[i] = (Beta2 * second[i]) + ((1f - Beta2) * gradient * gradient);
                    p[i] -= LearningRate * (((first[i] / correction1) / (MathF.Sqrt(second[i] / correction2) + Epsilon)) + (decay * p[i]));
                }
            }
        }
    }
}
