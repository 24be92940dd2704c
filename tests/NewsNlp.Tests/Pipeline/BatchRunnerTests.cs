using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Ingestion;
using NewsNlp.Output;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Pipeline;

public class BatchRunnerTests
{
    private static readonly string[] CsvFiles = ["articles.csv", "edits.csv", "entities.csv", "mentions.csv", "quotes.csv", "stances.csv", "rejected.csv"];

    [Fact]
    public async Task SampleRunWritesEveryFileWithItsHeaderAndTheArticle()
    {
        using var dir = new TempDirectory();
        var summary = await Run(RepoFiles.Samples, dir.File("out"));

        // The sample archive has one file of each input format; its csv and jsonl files hold several records.
        Assert.Equal((9, 9, 0), (summary.Records, summary.Articles, summary.Rejected));
        var sources = CsvRecords(dir.File("out/articles.csv")).Select(row => row["source"]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["council-budget.html", "flood-relief.txt.gz", "harbour-strike.md", "market-briefs.csv", "security-guarantees.txt", "wire-briefs.jsonl"], sources);

        var schemas = new[] { OutputSchema.Articles, OutputSchema.Edits, OutputSchema.Entities, OutputSchema.Mentions, OutputSchema.Quotes, OutputSchema.Stances, OutputSchema.Rejected };
        foreach (var schema in schemas)
        {
            var lines = File.ReadAllText(dir.File("out/" + schema.FileName)).Split("\r\n");
            Assert.Equal(string.Join(',', schema.Columns), lines[0]);
        }

        var article = File.ReadAllText(dir.File("out/articles.csv")).Split("\r\n").Single(line => line.Contains(",security-guarantees.txt,", StringComparison.Ordinal));
        Assert.StartsWith(RecordIds.Derive("security-guarantees.txt", "0") + ",security-guarantees.txt,0,\"Russia Signals Shift in Ukraine Negotiations, Considering Security Guarantees\",,en,ok,", article, StringComparison.Ordinal);

        var sampleId = RecordIds.Derive("security-guarantees.txt", "0");
        var documents = File.ReadAllLines(dir.File("out/documents.jsonl")).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var document = documents.Single(d => d.GetProperty("doc_id").GetString() == sampleId);
        var clean = document.GetProperty("text").GetString()!;
        Assert.Equal(JsonValueKind.Array, document.GetProperty("tables").ValueKind);

        // edits.csv applied to the raw text gives the cleaned text, whatever the repair stage did.
        var raw = File.ReadAllText(Path.Combine(RepoFiles.Samples, "security-guarantees.txt"));
        var edits = CsvRecords(dir.File("out/edits.csv")).Where(e => e["doc_id"] == sampleId);
        foreach (var edit in edits.OrderByDescending(e => int.Parse(e["source_start"], CultureInfo.InvariantCulture)))
        {
            var start = int.Parse(edit["source_start"], CultureInfo.InvariantCulture);
            var end = int.Parse(edit["source_end"], CultureInfo.InvariantCulture);
            Assert.Equal(edit["before"], raw[start..end]);
            raw = raw[..start] + edit["after"] + raw[end..];
        }

        Assert.Equal(clean, raw);

        // Every detail table has the same rows in CSV and JSONL, and mention offsets point at their text.
        foreach (var schema in OutputSchema.DetailTables)
        {
            Assert.Equal(documents.Sum(d => d.GetProperty(schema.JsonName).GetArrayLength()), CsvRows(dir.File("out/" + schema.FileName)));
        }

        var cleanTexts = documents.ToDictionary(d => d.GetProperty("doc_id").GetString()!, d => d.GetProperty("text").GetString()!);
        foreach (var mention in CsvRecords(dir.File("out/mentions.csv")))
        {
            var text = cleanTexts[mention["doc_id"]];
            Assert.Equal(mention["text"], text[int.Parse(mention["start"], CultureInfo.InvariantCulture)..int.Parse(mention["end"], CultureInfo.InvariantCulture)]);
        }

        var run = JsonDocument.Parse(File.ReadAllText(dir.File("out/run.json"))).RootElement;
        Assert.Equal("1", run.GetProperty("schema_version").GetString());
        Assert.Equal(9, run.GetProperty("counts").GetProperty("records").GetInt32());
        Assert.True(run.GetProperty("timings").GetProperty("stages").TryGetProperty("language", out _));
        Assert.Empty(Directory.GetFiles(dir.File("out"), "*.partial"));
    }

    [Fact]
    public async Task RecordsReadEqualArticlesPlusRejectedAndRunJsonSaysSo()
    {
        using var dir = new TempDirectory();
        var input = dir.File("in");
        WriteMixedArchive(input);
        var summary = await Run(input, dir.File("out"));

        var articles = CsvRows(dir.File("out/articles.csv"));
        var rejected = CsvRows(dir.File("out/rejected.csv"));
        Assert.Equal(summary.Records, articles + rejected);
        Assert.Equal((12L, 6L, 6L), (summary.Records, summary.Articles, summary.Rejected));
        var counts = JsonDocument.Parse(File.ReadAllText(dir.File("out/run.json"))).RootElement.GetProperty("counts");
        Assert.Equal((12, 6, 6), (counts.GetProperty("records").GetInt32(), counts.GetProperty("articles").GetInt32(), counts.GetProperty("rejected").GetInt32()));
        Assert.Equal(1, counts.GetProperty("unsupported_language").GetInt32());

        // The run's token count (what throughput is quoted in) is the sum of the per-article counts.
        var tokens = CsvRecords(dir.File("out/articles.csv")).Sum(row => row["tokens"].Length == 0 ? 0L : long.Parse(row["tokens"], CultureInfo.InvariantCulture));
        Assert.True(tokens > 0);
        Assert.Equal(tokens, summary.Tokens);
        Assert.Equal(tokens, counts.GetProperty("tokens").GetInt64());
        Assert.Contains(",unsupported_language,", File.ReadAllText(dir.File("out/articles.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoRunsAndAnyWorkerCountGiveByteIdenticalFiles()
    {
        using var dir = new TempDirectory();
        var input = dir.File("in");
        WriteMixedArchive(input);
        var lines = string.Concat(Enumerable.Range(0, 300).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"The minister said the talks on item {i} would resume.\"}}\n"));
        File.WriteAllText(Path.Combine(input, "many.jsonl"), lines);
        await Run(input, dir.File("a"), workers: 1);
        await Run(input, dir.File("b"), workers: 4);
        foreach (var name in CsvFiles.Append(OutputSchema.DocumentsFile))
        {
            Assert.Equal(File.ReadAllBytes(dir.File("a/" + name)), File.ReadAllBytes(dir.File("b/" + name)));
        }

        // Output order is input order, whatever thread finished first.
        var ids = File.ReadAllLines(dir.File("b/articles.csv")).Where(l => l.StartsWith('n')).Select(l => l.Split(',')[0]);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"n{i}"), ids);
    }

    [Fact]
    public async Task AStageThatFailsOnOneArticleRejectsItAndTheRunGoesOn()
    {
        using var dir = new TempDirectory();
        dir.WriteText("in/a.jsonl", "{\"id\":\"good\",\"text\":\"fine\"}\n{\"id\":\"bad\",\"text\":\"explode\"}\n");
        var options = Options(dir.File("in"), dir.File("out"));
        var summary = await new BatchRunner(options, new AnalysisPipeline([new ExplodingStage()])).RunAsync();
        Assert.Equal((2L, 1L, 1L), (summary.Records, summary.Articles, summary.Rejected));
        Assert.Contains("a.jsonl,2,analysis_failed,InvalidOperationException: boom", File.ReadAllText(dir.File("out/rejected.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelsReportedByStagesAreListedInRunJson()
    {
        using var dir = new TempDirectory();
        dir.WriteText("in/a.txt", "text");
        var options = Options(dir.File("in"), dir.File("out"));
        await new BatchRunner(options, new AnalysisPipeline([new ExplodingStage()])).RunAsync();
        var model = JsonDocument.Parse(File.ReadAllText(dir.File("out/run.json"))).RootElement.GetProperty("models")[0];
        Assert.Equal(("boom-model", "1.2.0", "ab12"), (model.GetProperty("name").GetString(), model.GetProperty("version").GetString(), model.GetProperty("sha256").GetString()));
    }

    [Fact]
    public async Task ACancelledRunLeavesNoOutputFile()
    {
        using var dir = new TempDirectory();
        dir.WriteText("in/a.jsonl", string.Concat(Enumerable.Range(0, 2000).Select(i => $"{{\"text\":\"Article {i} and the rest of the text.\"}}\n")));
        using var cancel = new CancellationTokenSource();
        var options = Options(dir.File("in"), dir.File("out"));
        var runner = new BatchRunner(options, new AnalysisPipeline([new CancellingStage(cancel)]));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(cancel.Token));
        Assert.Empty(Directory.GetFiles(dir.File("out")));
    }

    [Fact]
    public void FactoryBuildsAPipelineWhoseOrderChecks()
    {
        var pipeline = PipelineFactory.Create(Options("in", "out"));
        Assert.Equal("language", pipeline.Stages[0].Name);
        Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline([new NeedsTokens()]));
    }

    private static void WriteMixedArchive(string input)
    {
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "Talks resume\nThe envoy said that the talks would resume on Monday, and that both sides had agreed to the terms of the meeting.");
        File.WriteAllText(Path.Combine(input, "b.txt"), "Les négociations reprennent\nLe gouvernement a annoncé mardi que les négociations reprendraient lundi prochain à Genève, selon un communiqué officiel publié par le ministère.");
        File.WriteAllText(Path.Combine(input, "empty.md"), "   ");
        File.WriteAllBytes(Path.Combine(input, "bin.html"), [0, 1, 2, 3, 0, 0, 7]);
        File.WriteAllText(Path.Combine(input, "c.jsonl"), "{\"id\":\"j1\",\"text\":\"One.\"}\nnot json\n{\"id\":\"j3\"}\n{\"id\":\"j4\",\"text\":\"Four.\"}\n");
        File.WriteAllText(Path.Combine(input, "d.csv"), "id,text\r\nc1,Row one\r\nc2,bad \"quote\" here\r\nc3,Row three\r\n");
        File.WriteAllBytes(Path.Combine(input, "e.txt.gz"), TempDirectory.Gzip(Encoding.UTF8.GetBytes("cut short"))[..^5]);
    }

    private static RunOptions Options(string input, string output, int workers = 2) => new() { Input = input, Output = output, Workers = workers };

    private static Task<RunSummary> Run(string input, string output, int workers = 2)
    {
        var options = Options(input, output, workers);
        return new BatchRunner(options, PipelineFactory.Create(options)).RunAsync();
    }

    // Data rows of a CSV file (records may span lines, so count via a real parser).
    private static int CsvRows(string path) => CsvRecords(path).Count;

    private static List<Dictionary<string, string>> CsvRecords(string path) => CsvTables.Records(path);

    private sealed class ExplodingStage : IStage, IReportsModels
    {
        public string Name => "explode";

        public Layer Requires => Layer.Raw;

        public Layer Provides => Layer.None;

        public IReadOnlyList<ModelInfo> Models => [new("boom-model", "1.2.0", "ab12")];

        public void Process(Article article, CancellationToken cancellationToken)
        {
            if (article.Raw == "explode")
            {
                throw new InvalidOperationException("boom");
            }
        }
    }

    private sealed class CancellingStage(CancellationTokenSource cancel) : IStage
    {
        public string Name => "cancel";

        public Layer Requires => Layer.Raw;

        public Layer Provides => Layer.None;

        public void Process(Article article, CancellationToken cancellationToken)
        {
            if (article.Raw.StartsWith("Article 100 ", StringComparison.Ordinal))
            {
                cancel.Cancel();
            }
        }
    }

    private sealed class NeedsTokens : IStage
    {
        public string Name => "needs-tokens";

        public Layer Requires => Layer.Tokens;

        public Layer Provides => Layer.Sentences;

        public void Process(Article article, CancellationToken cancellationToken)
        {
        }
    }
}
