using System.Text.Json;

namespace NewsNlp.Stance.Corpora;

/// <summary>
/// Reads NewsMTSC's flat JSONL (mention, polarity -1/0/1, from, to, sentence): one example per
/// sentence–target pair. Lines that are not valid records are skipped, not fatal.
/// </summary>
public static class NewsMtscReader
{
    public static string RelativePath(string split) => $"stance/newsmtsc/flat/{split}.jsonl";

    /// <summary>NewsMTSC's original training records (one JSON object a line, with `sentence_normalized`).</summary>
    public const string OriginalTrain = "stance/newsmtsc/original/train.jsonl";

    /// <summary>
    /// The `sentence_normalized` of every line of <paramref name="path"/>, by 1-based line number (index 0
    /// and blank lines are empty), for data that points into the corpus instead of copying its text.
    /// </summary>
    public static string[] SentencesByLine(string path)
    {
        var sentences = new List<string> { string.Empty };
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                sentences.Add(string.Empty);
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            sentences.Add(doc.RootElement.TryGetProperty("sentence_normalized", out var sentence) ? sentence.GetString() ?? string.Empty : string.Empty);
        }

        return [.. sentences];
    }

    /// <summary>
    /// The group a record's id places it in: its source and the id's third field, which is the story
    /// (the event several outlets' articles report) in `allsides_ARTICLE_STORY_SENTENCE_…` and the article
    /// in `polusa_v1_ARTICLE_…`. Grouping AllSides by story is stricter than by article: articles about one
    /// event share wording, and a fold that holds one of them should hold all. Empty for an id of another shape.
    /// </summary>
    public static string DocumentOf(string? id)
    {
        var fields = (id ?? string.Empty).Split('_', 4);
        return fields.Length < 4 ? string.Empty : $"{fields[0]}_{fields[2]}";
    }

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
                examples.Add(new PortrayalExample(sentence, from, to, label, DocumentOf(root.TryGetProperty("id", out var id) ? id.GetString() : null)));
            }
        }

        return examples;
    }
}
