using System.Text.Json;
using NewsNlp.Training;

namespace NewsNlp.Quotes.Evaluation;

/// <summary>
/// Quote documents taken from NewsMTSC: the first <see cref="Count"/> records (file order, no selection)
/// of one split, each record (a sentence, sometimes a few lines) one document, annotated exhaustively
/// in <see cref="GoldFile"/> (see data/quotes/README.md).
/// </summary>
public sealed record NewsMtscPassages(string RelativePath, int Count, string GoldFile)
{
    /// <summary>The development part: tune rules on its errors.</summary>
    public static readonly NewsMtscPassages Development =
        new("stance/newsmtsc/original/train.jsonl", 125, "data/quotes/newsmtsc-dev.jsonl");

    /// <summary>The fresh held-out part: annotated before any rule change for it; its errors are never printed.</summary>
    public static readonly NewsMtscPassages HeldOut =
        new("stance/newsmtsc/original/devtest_rw.jsonl", 125, "data/quotes/newsmtsc-heldout.jsonl");

    /// <summary>The annotated records as (primary_gid, sentence_normalized).</summary>
    public IEnumerable<(string Doc, string Raw)> Documents(string corporaRoot)
    {
        var path = CorpusLocator.RequireFile(corporaRoot, RelativePath);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0).Take(Count))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return (root.GetProperty("primary_gid").GetString() ?? string.Empty, root.GetProperty("sentence_normalized").GetString() ?? string.Empty);
        }
    }
}
