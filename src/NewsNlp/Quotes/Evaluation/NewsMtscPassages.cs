using System.Text.Json;
using NewsNlp.Training;

namespace NewsNlp.Quotes.Evaluation;

/// <summary>
/// Quote documents taken from NewsMTSC: <see cref="Count"/> consecutive records (file order, no selection)
/// of one split after the first <see cref="Skip"/>, each record (a sentence, sometimes a few lines) one
/// document, annotated exhaustively in <see cref="GoldFile"/> (see data/quotes/README.md).
/// </summary>
public sealed record NewsMtscPassages(string RelativePath, int Count, string GoldFile, int Skip = 0)
{
    /// <summary>The development part: tune rules on its errors.</summary>
    public static readonly NewsMtscPassages Development =
        new("stance/newsmtsc/original/train.jsonl", 125, "data/quotes/newsmtsc-dev.jsonl");

    /// <summary>The fresh held-out part: annotated before any rule change for it; its errors are never printed.</summary>
    public static readonly NewsMtscPassages HeldOut =
        new("stance/newsmtsc/original/devtest_rw.jsonl", 125, "data/quotes/newsmtsc-heldout.jsonl");

    /// <summary>The second fresh held-out part (the next 100 records), annotated before the rule changes after it; errors never printed.</summary>
    public static readonly NewsMtscPassages HeldOut2 =
        new("stance/newsmtsc/original/devtest_rw.jsonl", 100, "data/quotes/newsmtsc-heldout2.jsonl", Skip: 125);

    /// <summary>Records <c>Skip + 1</c> to <c>Skip + Count</c>, 1-based, as a sentence for reports.</summary>
    public string Range => Skip == 0 ? $"first {Count} records" : $"records {Skip + 1}–{Skip + Count}";

    /// <summary>The annotated records as (primary_gid, sentence_normalized).</summary>
    public IEnumerable<(string Doc, string Raw)> Documents(string corporaRoot)
    {
        var path = CorpusLocator.RequireFile(corporaRoot, RelativePath);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0).Skip(Skip).Take(Count))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return (root.GetProperty("primary_gid").GetString() ?? string.Empty, root.GetProperty("sentence_normalized").GetString() ?? string.Empty);
        }
    }
}
