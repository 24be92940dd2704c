using System.Globalization;
using System.Text;

namespace NewsNlp.Training;

/// <summary>
/// Accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix of a classifier on a
/// labelled set; the numbers every eval command prints and model cards quote.
/// </summary>
public sealed class ClassificationReport
{
    private ClassificationReport(IReadOnlyList<string> labels, int[,] confusion)
    {
        Labels = labels;
        Confusion = confusion;
    }

    public IReadOnlyList<string> Labels { get; }

    /// <summary>Rows are gold labels, columns predictions, both in <see cref="Labels"/> order.</summary>
    public int[,] Confusion { get; }

    public int Total => Enumerable.Range(0, Labels.Count).Sum(g => Enumerable.Range(0, Labels.Count).Sum(p => Confusion[g, p]));

    public double Accuracy => Total == 0 ? 0 : (double)Enumerable.Range(0, Labels.Count).Sum(i => Confusion[i, i]) / Total;

    public double MacroF1 => Labels.Count == 0 ? 0 : Enumerable.Range(0, Labels.Count).Average(F1);

    public static ClassificationReport Compute(IReadOnlyList<string> labels, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted labels differ in number.", nameof(predicted));
        }

        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var confusion = new int[labels.Count, labels.Count];
        for (var i = 0; i < gold.Count; i++)
        {
            if (index.TryGetValue(gold[i], out var g) && index.TryGetValue(predicted[i], out var p))
            {
                confusion[g, p]++;
            }
        }

        return new ClassificationReport(labels, confusion);
    }

    public double Precision(int label)
    {
        var predicted = Enumerable.Range(0, Labels.Count).Sum(g => Confusion[g, label]);
        return predicted == 0 ? 0 : (double)Confusion[label, label] / predicted;
    }

    public double Recall(int label)
    {
        var gold = Enumerable.Range(0, Labels.Count).Sum(p => Confusion[label, p]);
        return gold == 0 ? 0 : (double)Confusion[label, label] / gold;
    }

    public double F1(int label)
    {
        var (p, r) = (Precision(label), Recall(label));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>A plain-text block: headline numbers, per-class scores, confusion matrix.</summary>
    public string ToText(string title)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.Append(c, $"{title}: n={Total} accuracy={Accuracy:0.000} macro-F1={MacroF1:0.000}").AppendLine();
        for (var i = 0; i < Labels.Count; i++)
        {
            b.Append(c, $"  {Labels[i],-9} P={Precision(i):0.000} R={Recall(i):0.000} F1={F1(i):0.000}").AppendLine();
        }

        b.Append("  confusion (rows gold, columns predicted):").AppendLine();
        b.Append("  ").Append(' ', 10).AppendJoin(' ', Labels.Select(l => l.PadLeft(9))).AppendLine();
        for (var g = 0; g < Labels.Count; g++)
        {
            b.Append("  ").Append(Labels[g].PadRight(10));
            for (var p = 0; p < Labels.Count; p++)
            {
                b.Append(Confusion[g, p].ToString(c).PadLeft(9)).Append(' ');
            }

            b.AppendLine();
        }

        return b.ToString();
    }
}
