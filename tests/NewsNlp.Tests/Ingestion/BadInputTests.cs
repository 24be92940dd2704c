using System.Text;
using NewsNlp.Ingestion;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Ingestion;

public class BadInputTests
{
    [Theory]
    [InlineData("empty.txt", "", RejectReasons.Empty)]
    [InlineData("blank.txt", " \n\t\r\n ", RejectReasons.Empty)]
    [InlineData("blank.html", "<html><body><nav>menu</nav><script>x()</script></body></html>", RejectReasons.Empty)]
    public void EmptyDocumentsAreRejected(string name, string content, string reason)
    {
        using var dir = new TempDirectory();
        dir.WriteText(name, content);
        var rejection = Ingest.SingleRejection(dir.Path);
        Assert.Equal((name, "0", reason), (rejection.Source, rejection.Record, rejection.Reason));
    }

    [Fact]
    public void BinaryFilesAreRejected()
    {
        using var dir = new TempDirectory();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        dir.WriteBytes("image.txt", png);
        dir.WriteBytes("image.jsonl", png);
        var items = Ingest.All(dir.Path);
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(RejectReasons.Binary, i.Rejection!.Reason));
    }

    [Fact]
    public void BytesUndefinedInWindows1252AreRejectedAsEncoding()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("odd.txt", [0x41, 0x81, 0x42, 0xE9]);
        Assert.Equal(RejectReasons.Encoding, Ingest.SingleRejection(dir.Path).Reason);
    }

    [Fact]
    public void TruncatedGzipKeepsTheRecordsBeforeTheCutAndRejectsTheRest()
    {
        using var dir = new TempDirectory();
        var lines = string.Concat(Enumerable.Range(1, 2000).Select(i => $"{{\"id\":\"r{i}\",\"text\":\"Record number {i} with some text {Guid.NewGuid()}.\"}}\n"));
        var gzip = TempDirectory.Gzip(Encoding.UTF8.GetBytes(lines));
        File.WriteAllBytes(dir.File("cut.jsonl.gz"), gzip[..(gzip.Length / 2)]);
        File.WriteAllBytes(dir.File("cut.txt.gz"), TempDirectory.Gzip(Encoding.UTF8.GetBytes("A whole article of text."))[..^6]);
        var items = Ingest.All(dir.Path);
        var jsonl = items.Where(i => (i.Record?.Source ?? i.Rejection!.Source) == "cut.jsonl.gz").ToList();
        Assert.True(jsonl.Count(i => i.Record != null) > 10);
        Assert.Equal(RejectReasons.TruncatedGzip, jsonl[^1].Rejection!.Reason);
        var txt = items.Single(i => (i.Record?.Source ?? i.Rejection!.Source) == "cut.txt.gz");
        Assert.Equal(RejectReasons.TruncatedGzip, txt.Rejection!.Reason);
    }

    [Fact]
    public void AMultiMemberGzipIsReadWhole()
    {
        using var dir = new TempDirectory();
        var first = TempDirectory.Gzip(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"First record of the first member.\"}\n"));
        var second = TempDirectory.Gzip(Encoding.UTF8.GetBytes("{\"id\":\"b\",\"text\":\"Second record, in the second member.\"}\n{\"id\":\"c\",\"text\":\"Third.\"}\n"));
        File.WriteAllBytes(dir.File("joined.jsonl.gz"), [.. first, .. second]);
        File.WriteAllBytes(dir.File("joined-cut.jsonl.gz"), [.. first, .. second[..^5]]);
        var items = Ingest.All(dir.Path);
        Assert.Equal(["a", "b", "c"], items.Where(i => i.Record?.Source == "joined.jsonl.gz").Select(i => i.Record!.Id));
        Assert.DoesNotContain(items, i => i.Rejection?.Source == "joined.jsonl.gz");
        Assert.Equal(RejectReasons.TruncatedGzip, items.Last(i => (i.Record?.Source ?? i.Rejection!.Source) == "joined-cut.jsonl.gz").Rejection!.Reason);
    }

    [Fact]
    public void AFileNamedGzThatIsNotGzipIsRejected()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("plain.txt.gz"), "this is not gzip data at all, just text long enough");
        Assert.Equal(RejectReasons.CorruptGzip, Ingest.SingleRejection(dir.Path).Reason);
    }

    [Fact]
    public void MalformedJsonLinesAndRecordsWithoutTextAreRejectedAndReadingGoesOn()
    {
        using var dir = new TempDirectory();
        dir.WriteText("f.jsonl", """
            {"id":"ok1","text":"Fine."}
            {"id":"broken","text":"no end
            [1,2,3]
            {"id":"notext","title":"Only a title"}
            {"id":"blank","text":"   "}
            {"id":"ok2","text":"Also fine."}
            """);
        var items = Ingest.All(dir.Path);
        Assert.Equal(
            ["ok1", RejectReasons.MalformedJson, RejectReasons.MalformedJson, RejectReasons.MissingText, RejectReasons.Empty, "ok2"],
            items.Select(i => i.Record?.Id ?? i.Rejection!.Reason));
        Assert.Equal(["1", "2", "3", "4", "5", "6"], items.Select(i => i.Record?.Record ?? i.Rejection!.Record));
    }

    [Fact]
    public void CsvRowWithBrokenQuotingIsRejectedAndReadingGoesOn()
    {
        using var dir = new TempDirectory();
        dir.WriteText("t.csv", "id,text\r\nr1,Good row\r\nr2,bad \"quote\" inside\r\nr3,Another good row\r\n");
        var items = Ingest.All(dir.Path);
        Assert.Equal(["r1", RejectReasons.MalformedCsv, "r3"], items.Select(i => i.Record?.Id ?? i.Rejection!.Reason));
    }

    [Fact]
    public void DocumentsOverMaxDocBytesAreRejected()
    {
        using var dir = new TempDirectory();
        var big = new string('x', 3000);
        dir.WriteText("big.txt", big);
        dir.WriteText("big.jsonl", $"{{\"text\":\"{big}\"}}\n{{\"text\":\"small\"}}\n");
        var options = new IngestOptions { MaxDocBytes = 2000, Retry = new IoRetry(0, TimeSpan.Zero) };
        var items = Ingest.All(dir.Path, options);
        Assert.Equal([RejectReasons.TooLarge, "small", RejectReasons.TooLarge], items.Select(i => i.Rejection?.Reason ?? i.Record!.Text));
    }

    [Fact]
    public void UnreadableFilesAreRejected()
    {
        using var dir = new TempDirectory();
        File.CreateSymbolicLink(dir.File("gone.txt"), dir.File("nowhere.txt"));
        var rejection = Ingest.SingleRejection(dir.Path);
        Assert.Equal(RejectReasons.Unreadable, rejection.Reason);
    }

    [Fact]
    public void PathologicalTextIsReadInBoundedTime()
    {
        using var dir = new TempDirectory();
        dir.WriteText("quotes.txt", new string('"', 100_000));
        dir.WriteText("brackets.txt", new string('(', 200_000) + new string(')', 200_000));
        dir.WriteText("line.txt", new string('a', 5 * 1024 * 1024 - 10));
        dir.WriteText("nested.html", string.Concat(Enumerable.Repeat("<div>", 5000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 5000)));
        dir.WriteText("quotes.jsonl", "{\"text\":\"" + new string('\'', 100_000) + "\"}\n");
        var items = Ingest.All(dir.Path);
        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.Null(i.Rejection));
        Assert.Equal("deep text", items.Single(i => i.Record!.Source == "nested.html").Record!.Text);
    }

    [Fact]
    public void TransientIoErrorsAreRetriedAndPermanentOnesAreNot()
    {
        var retry = new IoRetry(3, TimeSpan.FromMilliseconds(1));
        var attempts = 0;
        var value = retry.Execute(() => ++attempts < 3 ? throw new IOException("sharing violation") : attempts);
        Assert.Equal(3, value);

        attempts = 0;
        Assert.Throws<FileNotFoundException>(() => retry.Execute<int>(() => { attempts++; throw new FileNotFoundException("gone"); }));
        Assert.Equal(1, attempts);

        attempts = 0;
        Assert.Throws<IOException>(() => retry.Execute<int>(() => { attempts++; throw new IOException("still locked"); }));
        Assert.Equal(4, attempts);
    }

    [Fact]
    public void InvalidUtf8AfterTheSniffedStartRejectsOnlyTheRecordsItIsIn()
    {
        using var dir = new TempDirectory();
        var good = string.Concat(Enumerable.Range(0, 1500).Select(i => $"{{\"text\":\"Record {i} is plain ASCII text here.\"}}\n"));
        byte[] bad = [.. Encoding.UTF8.GetBytes("{\"text\":\"bad "), 0xFF, .. Encoding.UTF8.GetBytes("byte\"}\n{\"text\":\"after\"}\n")];
        dir.WriteBytes("late.jsonl", [.. Encoding.UTF8.GetBytes(good), .. bad]);
        var items = Ingest.All(dir.Path);
        Assert.Equal(1502, items.Count);
        Assert.Equal(RejectReasons.Encoding, items[1500].Rejection!.Reason);
        Assert.Equal("after", items[1501].Record!.Text);
    }

    [Fact]
    public void AStreamedWindows1252FileMarksEveryRecord()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("w.csv", [.. Encoding.ASCII.GetBytes("id,text\r\n1,Caf"), 0xE9, .. Encoding.ASCII.GetBytes("\r\n2,Plain\r\n")]);
        var records = Ingest.All(dir.Path).Select(i => i.Record!).ToList();
        Assert.Equal(["Café", "Plain"], records.Select(r => r.Text));
        Assert.All(records, r => Assert.True(r.DecodedAsWindows1252));
    }

    [Fact]
    public void ACsvRowOverTheLimitIsRejectedAndAnEnormousOneEndsTheFile()
    {
        using var dir = new TempDirectory();
        dir.WriteText("big.csv", $"id,text\r\nb1,{new string('x', 3000)}\r\nb2,After the big row\r\n");
        dir.WriteText("huge.csv", $"id,text\r\nh1,{new string('x', 1_500_000)}\r\nh2,After the huge row\r\n");
        var options = new IngestOptions { MaxDocBytes = 2000, Retry = new IoRetry(0, TimeSpan.Zero) };
        var items = Ingest.All(dir.Path, options);
        Assert.Equal(
            [RejectReasons.TooLarge, "After the big row", RejectReasons.MalformedCsv],
            items.Select(i => i.Rejection?.Reason ?? i.Record!.Text));
        Assert.Contains("MaxRecordSize", items[2].Rejection!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlNestedDeeperThanAnyArticleIsReadWithoutATree()
    {
        using var dir = new TempDirectory();
        var open = string.Concat(Enumerable.Repeat("<div>", 100_000));
        var close = string.Concat(Enumerable.Repeat("</div>", 100_000));
        dir.WriteText("deep.html", $"{open}<script>var x = '<p>';</script><nav>menu</nav>Deep &amp; dark<p>second</p>{close}");
        Assert.Equal("Deep & dark\n\nsecond", Ingest.Single(dir.Path).Text);
    }
}
