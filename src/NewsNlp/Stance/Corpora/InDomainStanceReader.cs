using System.Globalization;
using CsvHelper;
using NewsNlp.Training;

namespace NewsNlp.Stance.Corpora;

/// <summary>
/// Reads the team's annotated news stance set (data/stance/*.csv: id, article, split, topic, stakeholder,
/// statement, statement_start, statement_end, label, source, notes). The article is the group, so splits
/// never share one. NewsMTSC rows hold no corpus text: their statement is the span statement_start–
/// statement_end of the `sentence_normalized` of line L of NewsMTSC's original train file, where the row id
/// is `newsmtsc-L…`; it is read from the corpora folder.
/// </summary>
public static class InDomainStanceReader
{
    private const string NewsMtscIdPrefix = "newsmtsc-L";

    /// <summary>The CSV files of the set, in ordinal order; empty when the folder does not exist.</summary>
    public static IReadOnlyList<string> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal).ToArray()
            : [];

    public static IReadOnlyList<StancePair> Read(IEnumerable<string> files, string split, string corporaRoot)
    {
        var pairs = new List<StancePair>();
        string[]? newsMtsc = null;
        foreach (var file in files)
        {
            using var csv = CsvReader.FromFile(file, new CsvReaderOptions { HasHeader = true });
            if (csv.Headers is not { } header || !header.Contains("statement") || !header.Contains("label"))
            {
                continue;
            }

            while (csv.Read())
            {
                var label = csv.GetString("label")?.Trim().ToLowerInvariant();
                if (!string.Equals(csv.GetString("split")?.Trim(), split, StringComparison.OrdinalIgnoreCase)
                    || label is not (StanceLabels.Support or StanceLabels.Oppose or StanceLabels.Neutral))
                {
                    continue;
                }

                var statement = csv.GetString("statement")!.Trim();
                if (statement.Length == 0)
                {
                    newsMtsc ??= NewsMtscReader.SentencesByLine(CorpusLocator.RequireFile(corporaRoot, NewsMtscReader.OriginalTrain));
                    statement = FromCorpus(newsMtsc, csv.GetString("id") ?? string.Empty, csv.GetString("statement_start"), csv.GetString("statement_end"), file);
                }

                var stakeholder = csv.GetString("stakeholder")?.Trim();
                pairs.Add(new StancePair(csv.GetString("topic")!.Trim(), statement, label, "news:" + csv.GetString("article"), string.IsNullOrEmpty(stakeholder) ? null : stakeholder));
            }
        }

        return pairs;
    }

    // "newsmtsc-L41" (or "newsmtsc-L41-b" for a further stakeholder of the same sentence) → line 41.
    private static string FromCorpus(string[] sentences, string id, string? start, string? end, string file)
    {
        var digits = id.StartsWith(NewsMtscIdPrefix, StringComparison.Ordinal) ? id[NewsMtscIdPrefix.Length..].Split('-')[0] : string.Empty;
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line < sentences.Length
            && int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            && from < to && to <= sentences[line].Length)
        {
            return sentences[line][from..to].Trim();
        }

        throw new InvalidDataException($"{file}: row {id} has no statement and no valid NewsMTSC line and offsets.");
    }
}
