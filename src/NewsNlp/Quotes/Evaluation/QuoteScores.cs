namespace NewsNlp.Quotes.Evaluation;

/// <summary>Counts behind precision, recall and F1 for one group of quotes at one coverage threshold.</summary>
public sealed class MatchCounts
{
    public int Predicted { get; set; }

    public int Gold { get; set; }

    /// <summary>Predictions of the group that matched a gold quote.</summary>
    public int MatchedPredicted { get; set; }

    /// <summary>Gold quotes of the group that a prediction matched.</summary>
    public int MatchedGold { get; set; }

    public double Precision => Predicted == 0 ? 0 : (double)MatchedPredicted / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)MatchedGold / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The scores of <c>newsnlp eval quotes</c>: all quotes, direct and indirect, at 30 % and 80 % coverage.</summary>
public sealed class QuoteScores
{
    public MatchCounts All30 { get; } = new();

    public MatchCounts All80 { get; } = new();

    public MatchCounts Direct30 { get; } = new();

    public MatchCounts Direct80 { get; } = new();

    public MatchCounts Indirect30 { get; } = new();

    public MatchCounts Indirect80 { get; } = new();

    /// <summary>Matched pairs (at 30 %) and how many of them have the right speaker.</summary>
    public int SpeakerPairs { get; set; }

    public int SpeakerRight { get; set; }

    public double SpeakerAccuracy => SpeakerPairs == 0 ? 0 : (double)SpeakerRight / SpeakerPairs;

    /// <summary>Gold quotes whose text does not occur in their document (a stale gold line); never matched.</summary>
    public int Unlocated { get; set; }

    /// <summary>Gold quotes and matched gold quotes (at 30 %) per gold kind.</summary>
    public SortedDictionary<string, (int Gold, int Matched)> RecallByKind { get; } = new(StringComparer.Ordinal);
}
