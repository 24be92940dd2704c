using NewsNlp.Stance.Corpora;

namespace NewsNlp.Stance;

/// <summary>Class probabilities of one statement or stakeholder; they sum to 1.</summary>
public readonly record struct StanceProbabilities(double Support, double Oppose, double Neutral)
{
    public string Label => Support >= Oppose && Support >= Neutral ? StanceLabels.Support
        : Oppose >= Neutral ? StanceLabels.Oppose : StanceLabels.Neutral;

    /// <summary>The label when neutral is not an option (the debate corpora are binary).</summary>
    public string BinaryLabel => Support >= Oppose ? StanceLabels.Support : StanceLabels.Oppose;

    public double Max => Math.Max(Support, Math.Max(Oppose, Neutral));

    /// <summary>Scaled to sum to 1; uniform when all are zero.</summary>
    public StanceProbabilities Normalised()
    {
        var sum = Support + Oppose + Neutral;
        return sum <= 0 ? new StanceProbabilities(1 / 3d, 1 / 3d, 1 / 3d) : new StanceProbabilities(Support / sum, Oppose / sum, Neutral / sum);
    }
}
