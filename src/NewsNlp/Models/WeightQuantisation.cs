namespace NewsNlp.Models;

/// <summary>
/// Weights as 16-bit integers times one step (the largest magnitude over 32767): half the bytes of
/// floats, and a rounding error far below what moves a probability in the fourth decimal. Shared by the
/// perceptron models and the stance classifiers, so every model file quantises the same way.
/// </summary>
internal static class WeightQuantisation
{
    /// <summary>The step that maps the largest weight to the largest 16-bit value.</summary>
    public static float StepOf(ReadOnlySpan<float> weights)
    {
        var max = 0f;
        foreach (var w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        return max > 0 ? max / short.MaxValue : 1f;
    }

    public static short[] Quantise(ReadOnlySpan<float> weights, float step)
    {
        var quantised = new short[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            quantised[i] = (short)Math.Clamp(Math.Round(weights[i] / step), short.MinValue, short.MaxValue);
        }

        return quantised;
    }

    public static float[] Dequantise(ReadOnlySpan<short> quantised, float step)
    {
        var weights = new float[quantised.Length];
        for (var i = 0; i < quantised.Length; i++)
        {
            weights[i] = quantised[i] * step;
        }

        return weights;
    }
}
