using NewsNlp.Training;

namespace NewsNlp.Stance;

/// <summary>
/// Per-class offsets added to a trained classifier's biases so that its decisions maximise macro-F1
/// on a development set: logistic regression maximises likelihood, which favours the frequent class,
/// while the portrayal goal is macro-F1, where the rarer positive class counts as much as the others.
/// A coarse grid keeps the offsets from fitting the few hundred development rows too closely.
/// </summary>
public static class DecisionBias
{
    private const float Reach = 1f;
    private const float Step = 0.1f;

    /// <summary>
    /// The offsets (one per label, the first fixed at 0) with the best macro-F1 of
    /// argmax(log p + offset); ties go to the smallest total offset, so no gain means no change.
    /// </summary>
    public static float[] Tune(IReadOnlyList<string> labels, IReadOnlyList<float[]> probabilities, IReadOnlyList<string> gold)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(probabilities);
        var logs = Logs(probabilities);
        var steps = (int)MathF.Round(Reach / Step);
        var best = new float[labels.Count];
        var bestScore = MacroF1(labels, logs, gold, best);
        var candidate = new float[labels.Count];
        foreach (var combination in Combinations(labels.Count - 1, (2 * steps) + 1))
        {
            for (var c = 1; c < labels.Count; c++)
            {
                candidate[c] = (combination[c - 1] - steps) * Step;
            }

            var score = MacroF1(labels, logs, gold, candidate);
            if (score > bestScore + 1e-9 || (Math.Abs(score - bestScore) <= 1e-9 && candidate.Sum(MathF.Abs) < best.Sum(MathF.Abs)))
            {
                bestScore = score;
                candidate.CopyTo(best, 0);
            }
        }

        return best;
    }

    /// <summary>
    /// The offsets with only <paramref name="label"/>'s free (the others 0) that give the best macro-F1;
    /// moving one class against all others keeps how the others rank among themselves.
    /// </summary>
    public static float[] TuneOne(IReadOnlyList<string> labels, IReadOnlyList<float[]> probabilities, IReadOnlyList<string> gold, string label)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(probabilities);
        var index = labels.ToList().IndexOf(label);
        var best = new float[labels.Count];
        if (index < 0)
        {
            return best;
        }

        var logs = Logs(probabilities);
        var steps = (int)MathF.Round(Reach / Step);
        var bestScore = MacroF1(labels, logs, gold, best);
        var candidate = new float[labels.Count];
        for (var k = -steps; k <= steps; k++)
        {
            candidate[index] = k * Step;
            var score = MacroF1(labels, logs, gold, candidate);
            if (score > bestScore + 1e-9 || (Math.Abs(score - bestScore) <= 1e-9 && MathF.Abs(candidate[index]) < MathF.Abs(best[index])))
            {
                bestScore = score;
                best[index] = candidate[index];
            }
        }

        return best;
    }

    /// <summary>Macro-F1 of argmax(log p + offset) against <paramref name="gold"/>: how tuned offsets score on other rows.</summary>
    public static double Score(IReadOnlyList<string> labels, IReadOnlyList<float[]> probabilities, IReadOnlyList<string> gold, IReadOnlyList<float> offsets)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(offsets);
        return MacroF1(labels, Logs(probabilities), gold, [.. offsets]);
    }

    private static double MacroF1(IReadOnlyList<string> labels, float[][] logs, IReadOnlyList<string> gold, float[] offsets)
    {
        var predicted = new string[logs.Length];
        for (var i = 0; i < logs.Length; i++)
        {
            var arg = 0;
            for (var c = 1; c < labels.Count; c++)
            {
                if (logs[i][c] + offsets[c] > logs[i][arg] + offsets[arg])
                {
                    arg = c;
                }
            }

            predicted[i] = labels[arg];
        }

        return ClassificationReport.Compute(labels, gold, predicted).MacroF1;
    }

    private static float[][] Logs(IReadOnlyList<float[]> probabilities) =>
        probabilities.Select(p => p.Select(x => MathF.Log(Math.Max(x, 1e-9f))).ToArray()).ToArray();

    // Every vector of `length` digits in [0, radix), in lexicographic order.
    private static IEnumerable<int[]> Combinations(int length, int radix)
    {
        var digits = new int[length];
        while (true)
        {
            yield return digits;
            var position = length - 1;
            while (position >= 0 && ++digits[position] == radix)
            {
                digits[position--] = 0;
            }

            if (position < 0)
            {
                yield break;
            }
        }
    }
}
