using CsvHelper;

namespace NewsNlp.Stance.Corpora;

/// <summary>
/// Reads the team's annotated news stance set (data/stance/*.csv: id, article, split, topic,
/// stakeholder, statement, label, source, notes). The article is the group, so splits never share one.
/// </summary>
public static class InDomainStanceReader
{
    /// <summary>The CSV files of the set, in ordinal order; empty when the folder does not exist.</summary>
    public static IReadOnlyList<string> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal).ToArray()
            : [];

    public static IReadOnlyList<StancePair> Read(IEnumerable<string> files, string split)
    {
        var pairs = new List<StancePair>();
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

                pairs.Add(new StancePair(csv.GetString("topic")!.Trim(), csv.GetString("statement")!.Trim(), label, "news:" + csv.GetString("article")));
            }
        }

        return pairs;
    }
}
