using NewsNlp.Stance.Corpora;

namespace NewsNlp.Stance;

/// <summary>Which per-class decision offsets a portrayal model gets.</summary>
public enum PortrayalBias
{
    None,

    /// <summary>The positive class's offset alone, against the other two (the class the model misses most).</summary>
    Positive,

    /// <summary>Every class's offset (the first fixed at 0).</summary>
    All,
}

/// <summary>The accurate portrayal model's settings as cross-validation chose them, with the mean fold macro-F1 they reached.</summary>
public sealed record PortrayalChoice(int Epochs, int MlpCount, float MlpWeight, double MeanMacroF1, PortrayalBias Bias, double BiasedMeanMacroF1, float[] Offsets);

/// <summary>
/// Chooses the mixture (perceptron epochs, how many perceptrons are averaged, their share) by the mean
/// macro-F1 over cross-validation folds, then the decision biases: offsets tuned on the other folds and
/// scored on the held-out one, so a bias ships only when it helps rows it was not tuned on.
/// </summary>
public static class PortrayalModelSelection
{
    /// <param name="weights">The perceptrons' shares tried (0 is the linear model alone).</param>
    /// <param name="biases">The kinds of decision biases tried against none.</param>
    public static PortrayalChoice Choose(PortrayalCrossValidation cv, IReadOnlyList<float> weights, IReadOnlyList<PortrayalBias> biases, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(cv);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        var best = (Epochs: 0, Count: 0, Weight: 0f, Score: cv.MeanMacroF1(cv.Linear));
        log?.Invoke($"linear model alone: {best.Score:0.000}");
        foreach (var (epochs, bySeed) in cv.Perceptrons.OrderBy(p => p.Key))
        {
            for (var count = 1; count <= bySeed.Length; count++)
            {
                var scores = weights.Where(w => w > 0f).Order().Select(w => (Weight: w, Score: cv.MeanMacroF1(cv.Mixture(epochs, count, w)))).ToArray();
                log?.Invoke($"{epochs} epochs, {count} perceptron(s): {string.Join(", ", scores.Select(s => $"share {s.Weight} {s.Score:0.000}"))}");
                foreach (var (weight, score) in scores)
                {
                    if (score > best.Score + 1e-9)
                    {
                        best = (epochs, count, weight, score);
                    }
                }
            }
        }

        var probabilities = best.Count == 0 ? [.. cv.Linear] : cv.Mixture(best.Epochs, best.Count, best.Weight);
        var bias = (Kind: PortrayalBias.None, Score: best.Score);
        foreach (var kind in biases.Where(b => b != PortrayalBias.None))
        {
            var score = cv.MeanMacroF1(probabilities, (p, gold) => Tune(kind, cv.Labels, p, gold));
            log?.Invoke($"decision biases {kind}, tuned on the other folds: {score:0.000}");
            if (score > bias.Score + 1e-9)
            {
                bias = (kind, score);
            }
        }

        var offsets = Tune(bias.Kind, cv.Labels, probabilities, cv.Gold);
        return new PortrayalChoice(best.Epochs, best.Count, best.Weight, best.Score, bias.Kind, bias.Score, offsets);
    }

    private static float[] Tune(PortrayalBias kind, IReadOnlyList<string> labels, IReadOnlyList<float[]> probabilities, IReadOnlyList<string> gold) => kind switch
    {
        PortrayalBias.Positive => DecisionBias.TuneOne(labels, probabilities, gold, StanceLabels.Positive),
        PortrayalBias.All => DecisionBias.Tune(labels, probabilities, gold),
        _ => new float[labels.Count],
    };
}
