using CsvHelper;

namespace NewsNlp.Stance.Corpora;

/// <summary>
/// Reads Perspectrum's flattened claim–perspective file (split, claim_id, claim, perspective_id,
/// perspective, stance_label_3, …): the claim is the topic, SUPPORT/UNDERMINE become support/oppose.
/// </summary>
public static class PerspectrumReader
{
    public const string RelativePath = "stance/perspectrum/derived_claim_perspective_stance.csv";

    public static IReadOnlyList<StancePair> Read(string path, string split)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true });
        var pairs = new List<StancePair>();
        while (csv.Read())
        {
            if (!string.Equals(csv.GetString("split"), split, StringComparison.Ordinal))
            {
                continue;
            }

            var label = csv.GetString("stance_label_3") switch
            {
                "SUPPORT" => StanceLabels.Support,
                "UNDERMINE" => StanceLabels.Oppose,
                _ => null,
            };
            if (label != null)
            {
                pairs.Add(new StancePair(csv.GetString("claim")!.Trim(), csv.GetString("perspective")!.Trim(), label, "perspectrum:" + csv.GetString("claim_id")));
            }
        }

        return pairs;
    }
}
