using System.Text.Json;
using NewsNlp.Training;

namespace NewsNlp.Quotes.Evaluation;

/// <summary>
/// The fresh held-out quote documents: the first <see cref="Count"/> records of NewsMTSC's
/// <c>devtest_rw</c> split, each record (a sentence, sometimes a few lines) one document, annotated
/// exhaustively in data/quotes/newsmtsc-heldout.jsonl (see data/quotes/README.md).
/// </summary>
public static class NewsMtscPassages
{
    public const string RelativePath = "stance/newsmtsc/original/devtest_rw.jsonl";

    /// <summary>How many records, in file order, the annotation covers.</summary>
    public const int Count = 125;

    /// <summary>The annotated records as (primary_gid, sentence_normalized).</summary>
    public static IEnumerable<(string Doc, string Raw)> Documents(string corporaRoot)
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
