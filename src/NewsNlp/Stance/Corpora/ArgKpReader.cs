using CsvHelper;

namespace NewsNlp.Stance.Corpora;

/// <summary>
/// Reads IBM ArgKP's arguments_{split}.csv (arg_id, argument, topic, stance): the motion is the
/// topic, stance 1 is support and -1 oppose.
/// </summary>
public static class ArgKpReader
{
    public static string RelativePath(string split) => $"stance/ibm-argkp/arguments_{split}.csv";

    public static IReadOnlyList<StancePair> Read(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true });
        var pairs = new List<StancePair>();
        while (csv.Read())
        {
            var label = csv.GetString("stance")?.Trim() switch
            {
                "1" => StanceLabels.Support,
                "-1" => StanceLabels.Oppose,
                _ => null,
            };
            var topic = csv.GetString("topic")!.Trim();
            if (label != null)
            {
                pairs.Add(new StancePair(topic, csv.GetString("argument")!.Trim(), label, "argkp:" + topic));
            }
        }

        return pairs;
    }
}
