using System.Text.Json;

namespace NewsNlp.Stance.Corpora;

/// <summary>
/// Reads NewsMTSC's flat JSONL (mention, polarity -1/0/1, from, to, sentence): one example per
/// sentence–target pair. Lines that are not valid records are skipped, not fatal.
/// </summary>
public static class NewsMtscReader
{
    public static string RelativePath(string split) => $"stance/newsmtsc/flat/{split}.jsonl";

    public static IReadOnlyList<PortrayalExample> Read(string path)
    {
        var examples = new List<PortrayalExample>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var sentence = root.GetProperty("sentence").GetString() ?? string.Empty;
            var from = root.GetProperty("from").GetInt32();
            var to = root.GetProperty("to").GetInt32();
            var label = root.GetProperty("polarity").GetInt32() switch
            {
                > 0 => StanceLabels.Positive,
                < 0 => StanceLabels.Negative,
                _ => StanceLabels.Neutral,
            };
            if (from >= 0 && to <= sentence.Length && from < to)
            {
                examples.Add(new PortrayalExample(sentence, from, to, label));
            }
        }

        return examples;
    }
}
