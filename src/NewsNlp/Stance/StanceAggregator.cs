using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// Combines one stakeholder's statement predictions into one stance: the weighted mean of the
/// statements' probabilities (weights by source and quote confidence), so the result sums to 1
/// and one confident direct quote outweighs a hedged paraphrase. No statements, no stance.
/// </summary>
public static class StanceAggregator
{
    public static StakeholderStance? Combine(
        int entityId,
        string target,
        ReadOnlySpan<Statement> statements,
        ReadOnlySpan<StanceProbabilities> predictions,
        string model,
        (PortrayalLabel Label, double Confidence)? portrayal)
    {
        if (statements.Length == 0 || statements.Length != predictions.Length)
        {
            return null;
        }

        double support = 0, oppose = 0, neutral = 0, total = 0;
        for (var i = 0; i < statements.Length; i++)
        {
            var w = Math.Max(statements[i].Weight, 1e-6);
            support += w * predictions[i].Support;
            oppose += w * predictions[i].Oppose;
            neutral += w * predictions[i].Neutral;
            total += w;
        }

        var combined = new StanceProbabilities(support / total, oppose / total, neutral / total).Normalised();
        var label = combined.Label;
        var strongest = 0;
        var best = double.MinValue;
        for (var i = 0; i < statements.Length; i++)
        {
            var score = statements[i].Weight * ProbabilityOf(predictions[i], label);
            if (score > best)
            {
                best = score;
                strongest = i;
            }
        }

        return new StakeholderStance
        {
            EntityId = entityId,
            Target = target,
            Stance = label switch
            {
                Corpora.StanceLabels.Support => StanceLabel.Support,
                Corpora.StanceLabels.Oppose => StanceLabel.Oppose,
                _ => StanceLabel.Neutral,
            },
            Confidence = combined.Max,
            PSupport = combined.Support,
            POppose = combined.Oppose,
            PNeutral = combined.Neutral,
            Portrayal = portrayal?.Label,
            PortrayalConfidence = portrayal?.Confidence,
            EvidenceQuoteIds = DistinctQuoteIds(statements),
            EvidenceCount = statements.Length,
            EvidenceSpan = statements[strongest].Span,
            Model = model,
        };
    }

    // The quotes among the statements, each id once, ascending.
    private static int[] DistinctQuoteIds(ReadOnlySpan<Statement> statements)
    {
        Span<int> ids = statements.Length <= 64 ? stackalloc int[statements.Length] : new int[statements.Length];
        var count = 0;
        foreach (var statement in statements)
        {
            if (statement.QuoteId >= 0)
            {
                ids[count++] = statement.QuoteId;
            }
        }

        ids = ids[..count];
        ids.Sort();
        var distinct = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (i == 0 || ids[i] != ids[i - 1])
            {
                ids[distinct++] = ids[i];
            }
        }

        return ids[..distinct].ToArray();
    }

    private static double ProbabilityOf(StanceProbabilities p, string label) => label switch
    {
        Corpora.StanceLabels.Support => p.Support,
        Corpora.StanceLabels.Oppose => p.Oppose,
        _ => p.Neutral,
    };
}
