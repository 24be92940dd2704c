using System.Numerics.Tensors;
using NewsNlp.Analysis.Contextual;
using NewsNlp.Documents;
using NewsNlp.Training;

namespace NewsNlp.Analysis.Entities;

/// <summary>How <see cref="NerHeadTrainer"/> trains.</summary>
public sealed record NerHeadTrainingOptions
{
    public int Seed { get; init; } = 1;

    public int Epochs { get; init; } = 2;

    public float LearningRate { get; init; } = 0.005f;

    /// <summary>Each epoch's learning rate is the previous one's times this.</summary>
    public float Decay { get; init; } = 0.7f;

    public float Momentum { get; init; } = 0.9f;

    public float L2 { get; init; } = 1e-5f;

    public int BatchTokens { get; init; } = 32;

    /// <summary>Rectified linear units in the hidden layer.</summary>
    public int HiddenUnits { get; init; } = 48;

    /// <summary>Also train on every sentence lower-cased (its vectors are the same: MiniLM is uncased; the casing bits differ).</summary>
    public bool LowercaseCopies { get; init; } = true;
}

/// <summary>
/// Trains the contextual head (one hidden layer, softmax output; cross-entropy) by mini-batch SGD with momentum, L2 and a
/// learning rate that decays per epoch, over the tokens of the training sentences (and their lower-cased
/// copies) in an order shuffled by the seed; the epoch with the lowest log-loss on dev (cased and
/// lower-cased) is kept. Single-threaded with a fixed order of operations: same data and seed, same head.
/// </summary>
public static class NerHeadTrainer
{
    private const int Dimensions = ContextualEncoder.Dimensions;

    public static NerHead Train(
        IReadOnlyList<(EntitySentence Sentence, ContextualVectors Vectors)> train,
        IReadOnlyList<(EntitySentence Sentence, ContextualVectors Vectors)> dev,
        IReadOnlyList<string> types,
        NerHeadTrainingOptions options,
        IReadOnlyDictionary<string, string> metadata,
        Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        var bilou = new Bilou(types);
        var (mean, inverseDeviation) = Standardisation(train.Select(t => t.Vectors));
        var trainItems = Items(train, bilou, options.LowercaseCopies);
        var devItems = Items(dev, bilou, lowercaseCopies: true);
        var labels = bilou.Count;
        var random = new Random(options.Seed);
        var layers = new NerHeadLayers(options.HiddenUnits, labels);
        layers.Initialise(random);
        var gradient = new NerHeadLayers(options.HiddenUnits, labels);
        var velocity = new NerHeadLayers(options.HiddenUnits, labels);
        var best = (Loss: double.PositiveInfinity, Epoch: 0, Layers: layers);
        var order = Enumerable.Range(0, trainItems.Count).ToArray();
        var x = new float[NerHeadFeatures.Size];
        var hidden = new float[options.HiddenUnits];
        var hiddenGradient = new float[options.HiddenUnits];
        var p = new float[labels];
        var rate = options.LearningRate;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var inBatch = 0;
            foreach (var index in order)
            {
                var item = trainItems[index];
                for (var i = 0; i < item.Labels.Length; i++)
                {
                    NerHeadFeatures.Fill(item.Vectors, mean, inverseDeviation, item.Sentence.Text, item.Tokens, item.Uncased, i, x);
                    layers.Forward(x, hidden, p);
                    TensorPrimitives.SoftMax(p, p);
                    p[item.Labels[i]] -= 1;
                    Backward(layers, gradient, x, hidden, p, hiddenGradient);
                    if (++inBatch == options.BatchTokens)
                    {
                        Step(layers, velocity, gradient, inBatch, rate, options);
                        inBatch = 0;
                    }
                }
            }

            if (inBatch > 0)
            {
                Step(layers, velocity, gradient, inBatch, rate, options);
            }

            var (loss, accuracy, nameAccuracy) = Measure(devItems, layers, mean, inverseDeviation);
            log?.Invoke($"  head epoch {epoch}: dev log-loss {loss:F4}, label accuracy {accuracy:F4}, in names {nameAccuracy:F4} (learning rate {rate:G3})");
            if (loss < best.Loss)
            {
                best = (loss, epoch, layers.Copy());
            }

            rate *= options.Decay;
        }

        var withEpoch = new Dictionary<string, string>(metadata) { ["head_epochs"] = best.Epoch.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return new NerHead(types, best.Layers, mean, inverseDeviation, LogPrior(trainItems, labels), withEpoch).Quantised();
    }

    /// <summary>
    /// Adds one token's gradient to <paramref name="gradient"/>, given the output error <paramref name="error"/>
    /// (probabilities less the one-hot truth); labels and units with no error are skipped.
    /// </summary>
    private static void Backward(NerHeadLayers layers, NerHeadLayers gradient, ReadOnlySpan<float> x, ReadOnlySpan<float> hidden, ReadOnlySpan<float> error, Span<float> hiddenGradient)
    {
        var units = layers.HiddenUnits;
        hiddenGradient.Clear();
        for (var c = 0; c < error.Length; c++)
        {
            if (Math.Abs(error[c]) > 1e-6f)
            {
                var row = gradient.Output.AsSpan(c * units, units);
                TensorPrimitives.MultiplyAdd(hidden, error[c], row, row);
                gradient.OutputBias[c] += error[c];
                TensorPrimitives.MultiplyAdd(layers.Output.AsSpan(c * units, units), error[c], hiddenGradient, hiddenGradient);
            }
        }

        for (var j = 0; j < units; j++)
        {
            // A unit that did not fire passes no gradient back (the rectifier's slope is 0 there).
            if (hidden[j] > 0 && hiddenGradient[j] != 0)
            {
                var row = gradient.Hidden.AsSpan(j * NerHeadLayers.Inputs, NerHeadLayers.Inputs);
                TensorPrimitives.MultiplyAdd(x, hiddenGradient[j], row, row);
                gradient.HiddenBias[j] += hiddenGradient[j];
            }
        }
    }

    /// <summary>Per parameter array: velocity = momentum·velocity + gradient/n + L2·weights; weights −= rate·velocity; gradients cleared.</summary>
    private static void Step(NerHeadLayers layers, NerHeadLayers velocity, NerHeadLayers gradient, int n, float rate, NerHeadTrainingOptions options)
    {
        var scale = 1f / n;
        var weights = layers.All;
        var velocities = velocity.All;
        var gradients = gradient.All;
        for (var a = 0; a < weights.Length; a++)
        {
            // Biases (arrays 1 and 3) are not decayed.
            var l2 = a % 2 == 0 ? options.L2 : 0f;
            var w = weights[a];
            var v = velocities[a];
            var g = gradients[a];
            for (var k = 0; k < w.Length; k++)
            {
                v[k] = (options.Momentum * v[k]) + (g[k] * scale) + (l2 * w[k]);
                w[k] -= rate * v[k];
            }

            Array.Clear(g);
        }
    }

    /// <summary>Mean log-loss per token, the share of tokens whose best label is right, and that share among tokens inside names.</summary>
    private static (double Loss, double Accuracy, double NameAccuracy) Measure(List<Item> items, NerHeadLayers layers, float[] mean, float[] inverseDeviation)
    {
        var x = new float[NerHeadFeatures.Size];
        var hidden = new float[layers.HiddenUnits];
        var logits = new float[layers.Labels];
        double loss = 0;
        int count = 0, right = 0, names = 0, namesRight = 0;
        foreach (var item in items)
        {
            for (var i = 0; i < item.Labels.Length; i++)
            {
                NerHeadFeatures.Fill(item.Vectors, mean, inverseDeviation, item.Sentence.Text, item.Tokens, item.Uncased, i, x);
                layers.Forward(x, hidden, logits);
                var truth = item.Labels[i];
                loss += NerHead.LogSumExp(logits) - logits[truth];
                var correct = TensorPrimitives.IndexOfMax(logits) == truth;
                count++;
                right += correct ? 1 : 0;
                names += truth != 0 ? 1 : 0;
                namesRight += truth != 0 && correct ? 1 : 0;
            }
        }

        return count == 0 ? (0, 0, 0) : (loss / count, (double)right / count, names == 0 ? 0 : (double)namesRight / names);
    }

    /// <summary>The log of each label's share of the training tokens (add-one smoothed).</summary>
    private static float[] LogPrior(List<Item> items, int labels)
    {
        var counts = new double[labels];
        Array.Fill(counts, 1);
        foreach (var label in items.SelectMany(i => i.Labels))
        {
            counts[label]++;
        }

        var total = counts.Sum();
        return [.. counts.Select(c => (float)Math.Log(c / total))];
    }

    /// <summary>Per-dimension mean and 1/standard deviation of the training vectors (summed in doubles, in order).</summary>
    private static (float[] Mean, float[] InverseDeviation) Standardisation(IEnumerable<ContextualVectors> vectors)
    {
        var sum = new double[Dimensions];
        var squares = new double[Dimensions];
        long count = 0;
        foreach (var v in vectors)
        {
            for (var w = 0; w < v.Count; w++)
            {
                var row = v.Word(w);
                for (var d = 0; d < Dimensions; d++)
                {
                    sum[d] += row[d];
                    squares[d] += (double)row[d] * row[d];
                }
            }

            count += v.Count;
        }

        var mean = new float[Dimensions];
        var inverse = new float[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            var m = count == 0 ? 0 : sum[d] / count;
            var variance = count == 0 ? 1 : Math.Max((squares[d] / count) - (m * m), 1e-8);
            mean[d] = (float)m;
            inverse[d] = (float)(1 / Math.Sqrt(variance));
        }

        return (mean, inverse);
    }

    private static List<Item> Items(IReadOnlyList<(EntitySentence Sentence, ContextualVectors Vectors)> sentences, Bilou bilou, bool lowercaseCopies)
    {
        var items = new List<Item>();
        foreach (var (sentence, vectors) in sentences)
        {
            var labels = new int[sentence.Tokens.Count];
            var known = sentence.Entities.Where(e => bilou.Types.Contains(e.Type));
            bilou.Encode(known.Select(e => (e.First, e.End, bilou.Types.ToList().IndexOf(e.Type))), labels);
            items.Add(new Item(sentence, [.. sentence.Tokens], labels, vectors, NerHeadFeatures.IsUncased(sentence.Text)));
            if (lowercaseCopies)
            {
                var lower = sentence.Lowercased();
                items.Add(new Item(lower, [.. lower.Tokens], labels, vectors, Uncased: true));
            }
        }

        return items;
    }

    private sealed record Item(EntitySentence Sentence, Token[] Tokens, int[] Labels, ContextualVectors Vectors, bool Uncased);
}
