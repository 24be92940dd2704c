using System.Globalization;
using CsvHelper;
using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;

namespace NewsNlp.Cli.Commands;

/// <summary>Per-row predictions of `eval stance --predictions`: what error analysis reads, one row per labelled statement.</summary>
public static class StancePredictionsFile
{
    public static void Write(string path, IReadOnlyList<StancePair> pairs, IReadOnlyList<StanceProbabilities> predicted)
    {
        using var text = new StreamWriter(path);
        using var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\r\n", FormatProvider = CultureInfo.InvariantCulture, Injection = CsvInjection.None });
        csv.WriteRecord(["group", "topic", "stakeholder", "statement", "gold", "predicted", "support", "oppose", "neutral"]);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (pair, p) = (pairs[i], predicted[i]);
            csv.WriteRecord([pair.Group, pair.Topic, pair.Stakeholder ?? string.Empty, pair.Statement, pair.Label, p.Label, Format(p.Support), Format(p.Oppose), Format(p.Neutral)]);
        }
    }

    private static string Format(double probability) => probability.ToString("0.000", CultureInfo.InvariantCulture);
}
