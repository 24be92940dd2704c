using System.Text;
using System.Text.Json;

namespace NewsNlp.Tests.Data;

/// <summary>
/// Guards the hand-annotated quote set in data/quotes/gold.jsonl (repository data, not ../shared):
/// every line is a well-formed record, and the sample article's quotes are exact substrings, so
/// `newsnlp eval quotes` can locate each gold quote without guessing.
/// </summary>
public class QuoteGoldTests
{
    private const int MinimumQuotes = 150;
    private const int MinimumFreshQuotes = 60;
    private const string SampleDoc = "security-guarantees";
    private const string FreshFile = "passage-quotes-heldout1.jsonl";
    private const string SecondFreshFile = "passage-quotes-heldout2.jsonl";
    private const string NewsMtscDevFile = "passage-quotes-round1.jsonl";
    private const string NewsMtscDev2File = "passage-quotes-round2.jsonl";
    private const string NewsMtscDev3File = "passage-quotes-round3.jsonl";
    private const string NewsMtscDev4File = "passage-quotes-round4.jsonl";
    private const string NewsMtscDev5File = "passage-quotes-round5.jsonl";

    private static readonly HashSet<string> Kinds = ["direct", "partial", "indirect", "mixed"];
    private static readonly HashSet<string> SpeakerTypes = ["person", "organization", "group", "unknown"];

    // Gold on corpus documents (NewsMTSC) gives offsets, never text: the corpus stays in ../shared.
    private static readonly HashSet<string> OffsetFiles = [FreshFile, SecondFreshFile, NewsMtscDevFile, NewsMtscDev2File, NewsMtscDev3File, NewsMtscDev4File, NewsMtscDev5File];

    private sealed record GoldQuote(string Doc, string Kind, string? Text, int Start, int End, string? Speaker, string SpeakerType, string Cue, int Occurrence, int SpeakerStart, int SpeakerEnd);

    [Theory]
    [InlineData("gold.jsonl")]
    [InlineData(FreshFile)]
    [InlineData(SecondFreshFile)]
    [InlineData(NewsMtscDevFile)]
    [InlineData(NewsMtscDev2File)]
    [InlineData(NewsMtscDev3File)]
    [InlineData(NewsMtscDev4File)]
    [InlineData(NewsMtscDev5File)]
    public void FileIsUtf8WithoutByteOrderMark(string file)
    {
        var bytes = File.ReadAllBytes(RepoFile("data", "quotes", file));
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "gold.jsonl starts with a BOM");
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
    }

    [Theory]
    [InlineData("gold.jsonl", MinimumQuotes)]
    [InlineData(FreshFile, MinimumFreshQuotes)]
    [InlineData(SecondFreshFile, MinimumFreshQuotes)]
    [InlineData(NewsMtscDevFile, MinimumFreshQuotes)]
    [InlineData(NewsMtscDev2File, MinimumFreshQuotes)]
    [InlineData(NewsMtscDev3File, MinimumFreshQuotes)]
    [InlineData(NewsMtscDev4File, MinimumFreshQuotes)]
    [InlineData(NewsMtscDev5File, MinimumFreshQuotes)]
    public void EveryLineIsACompleteRecord(string file, int minimum)
    {
        var quotes = ReadGold(file);
        Assert.True(quotes.Count >= minimum, $"{quotes.Count} quotes in {file}, need at least {minimum}");
        foreach (var q in quotes)
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Doc));
            Assert.Contains(q.Kind, Kinds);
            Assert.Contains(q.SpeakerType, SpeakerTypes);
            if (q.Speaker is null)
            {
                // A speaker the document names is given by its offsets, in the corpus files only.
                Assert.Contains(file, OffsetFiles);
                Assert.True(q.SpeakerStart >= 0 && q.SpeakerStart < q.SpeakerEnd, $"bad speaker offsets in {q.Doc}");
            }
            else
            {
                // Only a speaker the text does not name may be left empty, and then its type is unknown.
                Assert.True(q.Speaker.Trim().Length > 0 || (q.Speaker.Length == 0 && q.SpeakerType == "unknown"), $"bad speaker in {q.Doc}");
                Assert.Equal(-1, q.SpeakerStart);
            }

            if (OffsetFiles.Contains(file))
            {
                Assert.Null(q.Text);
                Assert.True(q.Start >= 0 && q.Start < q.End, $"bad offsets {q.Start}–{q.End} in {q.Doc}");
                // Records are named by line number, not by the corpus's primary_gid (which holds mention text).
                Assert.Matches("^L[1-9][0-9]*$", q.Doc);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(q.Text), $"empty text in {q.Doc}");
                Assert.Equal(q.Text!.Trim(), q.Text);
                Assert.True(q.Occurrence >= 1, $"occurrence {q.Occurrence} for \"{q.Text}\"");
            }
        }
    }

    [Fact]
    public void SampleQuotesAreExactSubstringsOfTheSampleArticle()
    {
        var article = File.ReadAllText(RepoFile("data", "samples", "security-guarantees.txt"));
        var sample = ReadGold("gold.jsonl").Where(q => q.Doc == SampleDoc).ToList();
        Assert.NotEmpty(sample);
        foreach (var q in sample)
        {
            Assert.True(CountOccurrences(article, q.Text ?? string.Empty) >= q.Occurrence, $"\"{q.Text}\" occurs fewer than {q.Occurrence} times in the sample");
        }
    }

    [Fact]
    public void SampleHasTheQuotesTheIssueNames()
    {
        var sample = ReadGold("gold.jsonl").Where(q => q.Doc == SampleDoc).ToList();
        Assert.Contains(sample, q => q.Kind == "partial" && q.Text == "game-changing" && q.Speaker == "Steve Witkoff");
        Assert.Equal(2, sample.Count(q => q.Kind == "direct" && q.Speaker == "Volodymyr Zelenskyy"));
        Assert.Contains(sample, q => q.Cue == "cautioned" && q.Speaker == "Marco Rubio");
        Assert.Contains(sample, q => q.Cue == "affirmed" && q.Speaker == "Ursula von der Leyen");
    }

    [Fact]
    public void CountOccurrencesCountsOverlappingMatches()
    {
        Assert.Equal(2, CountOccurrences("aaa", "aa"));
        Assert.Equal(0, CountOccurrences("abc", "d"));
    }

    // Overlapping, ordinal: the same definition the annotation used to number occurrences.
    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static List<GoldQuote> ReadGold(string file)
    {
        var quotes = new List<GoldQuote>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(RepoFile("data", "quotes", file)))
        {
            lineNumber++;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            quotes.Add(new GoldQuote(
                Field(root, "doc", file, lineNumber),
                Field(root, "kind", file, lineNumber),
                root.TryGetProperty("text", out _) ? Field(root, "text", file, lineNumber) : null,
                Number(root, "start"),
                Number(root, "end"),
                root.TryGetProperty("speaker", out _) ? Field(root, "speaker", file, lineNumber) : null,
                Field(root, "speaker_type", file, lineNumber),
                Field(root, "cue", file, lineNumber),
                Number(root, "occurrence"),
                Number(root, "speaker_start"),
                Number(root, "speaker_end")));
        }

        return quotes;
    }

    private static int Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : -1;

    private static string Field(JsonElement root, string name, string file, int lineNumber) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"{file} line {lineNumber}: missing string field \"{name}\"");

    // The repository root is the nearest folder above the test binaries that holds NewsNlp.sln.
    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("NewsNlp.sln not found above " + AppContext.BaseDirectory);
    }
}
