using System.Globalization;
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
        new("stance/newsmtsc/original/train.jsonl", 125, "data/quotes/passage-quotes-round1.jsonl");

    /// <summary>
    /// The second development part (the next 140 train records), annotated once the held-out parts showed the
    /// rules fitted the first one too closely: tune rules on its errors too.
    /// </summary>
    public static readonly NewsMtscPassages Development2 =
        new("stance/newsmtsc/original/train.jsonl", 140, "data/quotes/passage-quotes-round2.jsonl", Skip: 125);

    /// <summary>
    /// The third development part (the next 140 train records), annotated and scored before any rule change
    /// for it, so its first figure estimates how the rules carry over to new text: tune rules on its errors too.
    /// </summary>
    public static readonly NewsMtscPassages Development3 =
        new("stance/newsmtsc/original/train.jsonl", 140, "data/quotes/passage-quotes-round3.jsonl", Skip: 265);

    /// <summary>
    /// The fourth development part (the next 140 train records), annotated and scored before any rule change
    /// for it, like the third: its first figure estimates how the rules carry over; tune rules on its errors too.
    /// </summary>
    public static readonly NewsMtscPassages Development4 =
        new("stance/newsmtsc/original/train.jsonl", 140, "data/quotes/passage-quotes-round4.jsonl", Skip: 405);

    /// <summary>
    /// The fifth development part (the next 140 train records), annotated and scored before any rule change
    /// for it, like the third and fourth: its first figure estimates how the rules carry over; tune rules on its errors too.
    /// </summary>
    public static readonly NewsMtscPassages Development5 =
        new("stance/newsmtsc/original/train.jsonl", 140, "data/quotes/passage-quotes-round5.jsonl", Skip: 545);

    /// <summary>The fresh held-out part: annotated before any rule change for it; its errors are never printed.</summary>
    public static readonly NewsMtscPassages HeldOut =
        new("stance/newsmtsc/original/devtest_rw.jsonl", 125, "data/quotes/passage-quotes-heldout1.jsonl");

    /// <summary>The second fresh held-out part (the next 100 records), annotated before the rule changes after it; errors never printed.</summary>
    public static readonly NewsMtscPassages HeldOut2 =
        new("stance/newsmtsc/original/devtest_rw.jsonl", 100, "data/quotes/passage-quotes-heldout2.jsonl", Skip: 125);

    /// <summary>Records <c>Skip + 1</c> to <c>Skip + Count</c>, 1-based, as a sentence for reports.</summary>
    public string Range => Skip == 0 ? $"first {Count} records" : $"records {Skip + 1}–{Skip + Count}";

    /// <summary>
    /// The annotated records as (<c>L</c> + 1-based line number in the corpus file, sentence_normalized). The
    /// gold files name records by line rather than by the corpus's <c>primary_gid</c>, which embeds the
    /// target's mention text: no corpus text is kept in the repository.
    /// </summary>
    public IEnumerable<(string Doc, string Raw)> Documents(string corporaRoot)
    {
        var path = CorpusLocator.RequireFile(corporaRoot, RelativePath);
        var records = File.ReadLines(path).Select((line, index) => (Line: line, Number: index + 1)).Where(r => r.Line.Length > 0);
        foreach (var (line, number) in records.Skip(Skip).Take(Count))
        {
            using var json = JsonDocument.Parse(line);
            yield return (RecordKey(number), json.RootElement.GetProperty("sentence_normalized").GetString() ?? string.Empty);
        }
    }

    /// <summary>The gold files' <c>doc</c> for the record on 1-based line <paramref name="lineNumber"/>.</summary>
    public static string RecordKey(int lineNumber) => string.Create(CultureInfo.InvariantCulture, $"L{lineNumber}");
}
