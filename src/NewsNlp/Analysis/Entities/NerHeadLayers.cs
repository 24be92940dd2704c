using System.Numerics.Tensors;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The contextual head's two layers: a hidden layer of rectified linear units over <see cref="NerHeadFeatures"/>
/// (row-major <see cref="Hidden"/> × input weights, one bias per unit), then one logit per label. Also
/// used, with the same shapes, for the trainer's gradients and momentum.
/// </summary>
internal sealed class NerHeadLayers
{
    public const int Inputs = NerHeadFeatures.Size;

    public NerHeadLayers(int hiddenUnits, int labels)
    {
        HiddenUnits = hiddenUnits;
        Labels = labels;
        Hidden = new float[hiddenUnits * Inputs];
        HiddenBias = new float[hiddenUnits];
        Output = new float[labels * hiddenUnits];
        OutputBias = new float[labels];
    }

    public int HiddenUnits { get; }

    public int Labels { get; }

    public float[] Hidden { get; }

    public float[] HiddenBias { get; }

    public float[] Output { get; }

    public float[] OutputBias { get; }

    /// <summary>The four parameter arrays, in file order.</summary>
    public float[][] All => [Hidden, HiddenBias, Output, OutputBias];

    /// <summary>Fills <paramref name="hidden"/> (the units' activations) and <paramref name="logits"/> for input <paramref name="x"/>.</summary>
    public void Forward(ReadOnlySpan<float> x, Span<float> hidden, Span<float> logits)
    {
        for (var j = 0; j < HiddenUnits; j++)
        {
            hidden[j] = Math.Max(0f, HiddenBias[j] + TensorPrimitives.Dot(Hidden.AsSpan(j * Inputs, Inputs), x));
        }

        for (var c = 0; c < Labels; c++)
        {
            logits[c] = OutputBias[c] + TensorPrimitives.Dot(Output.AsSpan(c * HiddenUnits, HiddenUnits), hidden);
        }
    }

    /// <summary>Glorot-uniform weights from <paramref name="random"/>, zero biases.</summary>
    public void Initialise(Random random)
    {
        Fill(Hidden, MathF.Sqrt(6f / (Inputs + HiddenUnits)), random);
        Fill(Output, MathF.Sqrt(6f / (HiddenUnits + Labels)), random);

        static void Fill(float[] weights, float limit, Random random)
        {
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] = (float)(((random.NextDouble() * 2) - 1) * limit);
            }
        }
    }

    public NerHeadLayers Copy()
    {
        var copy = new NerHeadLayers(HiddenUnits, Labels);
        for (var a = 0; a < All.Length; a++)
        {
            All[a].CopyTo(copy.All[a], 0);
        }

        return copy;
    }
}
