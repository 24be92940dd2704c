namespace NewsNlp.Training;

/// <summary>Counts for precision, recall and F1 of predicted items (spans, boundaries) against gold ones.</summary>
public sealed class SpanScore
{
    public long Correct { get; private set; }

    public long Predicted { get; private set; }

    public long Gold { get; private set; }

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds one document's predicted and gold items (each set holds distinct items).</summary>
    public void Add<T>(IReadOnlySet<T> predicted, IReadOnlySet<T> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        Predicted += predicted.Count;
        Gold += gold.Count;
        foreach (var item in predicted)
        {
            if (gold.Contains(item))
            {
                Correct++;
            }
        }
    }

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P {Precision:0.0000}  R {Recall:0.0000}  F1 {F1:0.0000}  (correct {Correct}, predicted {Predicted}, gold {Gold})");
}
