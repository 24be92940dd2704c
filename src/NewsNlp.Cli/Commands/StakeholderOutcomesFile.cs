using System.Globalization;
using CsvHelper;
using NewsNlp.Stance;

namespace NewsNlp.Cli.Commands;

/// <summary>`eval stance --stakeholders --stakeholder-outcomes`: one row per labelled stakeholder, for reading why rows are missing or wrong.</summary>
public static class StakeholderOutcomesFile
{
    public static void Write(string path, IReadOnlyList<StakeholderOutcome> outcomes)
    {
        using var text = new StreamWriter(path);
        using var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\r\n", FormatProvider = CultureInfo.InvariantCulture, Injection = CsvInjection.None });
        csv.WriteRecord(["group", "stakeholder", "gold", "predicted", "entity", "match", "missing_reason", "quote_speakers"]);
        foreach (var o in outcomes)
        {
            csv.WriteRecord([o.Group, o.Stakeholder, o.Gold, o.Predicted ?? string.Empty, o.Entity ?? string.Empty, o.Match?.ToString() ?? string.Empty,
                o.Reason == MissingReason.None ? string.Empty : o.Reason.ToString(), o.Speakers]);
        }
    }
}
