using System.Text;
using NewsNlp.Ingestion;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Ingestion;

public class InputFormatTests
{
    [Theory]
    [InlineData("a.txt")]
    [InlineData("a.txt.gz")]
    public void TextFileIsOneRecordTitledByItsFirstNonEmptyLine(string name)
    {
        using var dir = new TempDirectory();
        dir.WriteText(name, "\n\nRussia signals shift\nBody line one.\n");
        var record = Ingest.Single(dir.Path);
        Assert.Equal("Russia signals shift", record.Title);
        Assert.Equal("\n\nRussia signals shift\nBody line one.\n", record.Text);
        Assert.Equal("0", record.Record);
        Assert.Equal(name, record.Source);
    }

    [Theory]
    [InlineData("b.md")]
    [InlineData("b.md.gz")]
    public void MarkdownTitleLosesItsHeadingMarks(string name)
    {
        using var dir = new TempDirectory();
        dir.WriteText(name, "# Summit ends\n\nText.");
        Assert.Equal("Summit ends", Ingest.Single(dir.Path).Title);
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.htm.gz")]
    public void HtmlKeepsArticleTextAndParagraphsWithoutChrome(string name)
    {
        using var dir = new TempDirectory();
        dir.WriteText(name, """
            <html><head><title>Envoy speaks</title><style>p{color:red}</style><script>var x = "nope";</script></head>
            <body><header>Site header</header><nav>Home | World</nav>
            <article><h1>Envoy speaks</h1><p>First   paragraph with <b>bold</b> text.</p><p>Second&nbsp;one &amp; more.</p>
            <aside>Related links</aside></article><footer>Copyright</footer></body></html>
            """);
        var record = Ingest.Single(dir.Path);
        Assert.Equal("Envoy speaks", record.Title);
        Assert.Equal("Envoy speaks\n\nFirst paragraph with bold text.\n\nSecond one & more.", record.Text);
    }

    [Theory]
    [InlineData("feed.jsonl")]
    [InlineData("feed.ndjson.gz")]
    public void JsonLinesReadsFieldsAndBodyAliases(string name)
    {
        using var dir = new TempDirectory();
        dir.WriteText(name, """
            {"id":"a1","title":"One","text":"Body one.","url":"https://x.test/1","published":"2025-08-17","source":"Wire"}

            {"title":"Two","body":"Body two.","published":"2025-08-17T10:30:00+02:00"}
            {"id":7,"content":"Body three."}
            """);
        var records = Ingest.All(dir.Path).Select(i => i.Record!).ToList();
        Assert.Equal(["a1", null, "7"], records.Select(r => r.Id));
        Assert.Equal(["Body one.", "Body two.", "Body three."], records.Select(r => r.Text));
        Assert.Equal(["1", "3", "4"], records.Select(r => r.Record));
        Assert.Equal("https://x.test/1", records[0].Url);
        Assert.Equal("Wire", records[0].Publisher);
    }

    [Fact]
    public void FieldNamesAreConfigurable()
    {
        using var dir = new TempDirectory();
        dir.WriteText("f.jsonl", """{"guid":"g","headline":"H","article":"The body."}""");
        var fields = new FieldNames { Id = "guid", Title = "headline", Text = ["article"] };
        var record = Ingest.Single(dir.Path, new IngestOptions { Fields = fields });
        Assert.Equal(("g", "H", "The body."), (record.Id, record.Title, record.Text));
    }

    [Fact]
    public void FieldNameOverridesParseAndBadOnesAreRefused()
    {
        var names = FieldNames.Parse("id=guid, text=article|body ,published=date")!;
        Assert.Equal(("guid", "title", "date"), (names.Id, names.Title, names.Published));
        Assert.Equal(["article", "body"], names.Text);
        Assert.Same(FieldNames.Default, FieldNames.Parse(null));
        Assert.Null(FieldNames.Parse("colour=red"));
        Assert.Null(FieldNames.Parse("id"));
    }

    [Theory]
    [InlineData("t.csv")]
    [InlineData("t.csv.gz")]
    public void CsvReadsColumnsByNameWithQuotedNewlines(string name)
    {
        using var dir = new TempDirectory();
        dir.WriteText(name, "ID,Title,Body,Published\r\nx1,\"One, two\",\"Line one\nLine \"\"two\"\"\",2025-08-17\r\nx2,Three,Plain body,\r\n");
        var records = Ingest.All(dir.Path).Select(i => i.Record!).ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(("x1", "One, two", "Line one\nLine \"two\""), (records[0].Id, records[0].Title, records[0].Text));
        Assert.Equal("2", records[1].Record);
    }

    [Fact]
    public void FolderIsReadRecursivelyInOrdinalPathOrderRejectingOtherFiles()
    {
        using var dir = new TempDirectory();
        dir.WriteText("b/z.txt", "z text");
        dir.WriteText("B.txt", "B text");
        dir.WriteText("a.txt", "a text");
        dir.WriteText("notes.docx", "never read");
        dir.WriteText("dump.gz", "no inner format");
        var items = Ingest.All(dir.Path);
        Assert.Equal(["B.txt", "a.txt", "b/z.txt"], items.Where(i => i.Record != null).Select(i => i.Record!.Source));
        Assert.Equal(
            [("dump.gz", RejectReasons.UnsupportedFormat), ("notes.docx", RejectReasons.UnsupportedFormat)],
            items.Where(i => i.Rejection != null).Select(i => (i.Rejection!.Source, i.Rejection.Reason)));
    }

    [Fact]
    public void HiddenFilesOfNoInputFormatAreNotListedButHiddenArticlesAreRead()
    {
        using var dir = new TempDirectory();
        dir.WriteText(".DS_Store", "finder data");
        dir.WriteText(".git/HEAD", "ref: refs/heads/main");
        dir.WriteText(".drafts/b.txt", "b text");
        dir.WriteText("a.txt", "a text");
        Assert.Equal([".drafts/b.txt", "a.txt"], Ingest.All(dir.Path).Select(i => i.Record!.Source));
    }

    [Fact]
    public void Utf8BomAndUtf16BomAreDecoded()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("bom8.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café au lait")]);
        dir.WriteBytes("bom16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Zürich talks")]);
        dir.WriteBytes("bom16.jsonl", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{\"text\":\"Kyiv ’quote’\"}\n")]);
        var records = Ingest.All(dir.Path).Select(i => i.Record!).ToList();
        Assert.Equal(["Kyiv ’quote’", "Zürich talks", "Café au lait"], records.Select(r => r.Text));
        Assert.All(records, r => Assert.False(r.DecodedAsWindows1252));
    }

    [Fact]
    public void Windows1252IsDecodedAndRecordedAsAnEncodingEdit()
    {
        using var dir = new TempDirectory();

        // "Café “quoted”" in Windows-1252: not valid UTF-8.
        dir.WriteBytes("w.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94]);
        var record = Ingest.Single(dir.Path);
        Assert.Equal("Café “q”", record.Text);
        var article = ArticleFactory.Create(record);
        var edit = Assert.Single(article.Edits);
        Assert.Equal((NewsNlp.Documents.EditKind.Encoding, ArticleFactory.Windows1252Rule), (edit.Kind, edit.Rule));
        Assert.Equal(record.Text, article.Clean);
    }

    [Fact]
    public void DocIdIsTheRecordIdOrAStableHash()
    {
        var first = RecordIds.Derive("a/b.jsonl", "3");
        Assert.Equal(first, RecordIds.Derive("a/b.jsonl", "3"));
        Assert.NotEqual(first, RecordIds.Derive("a/b.jsonl", "4"));
        Assert.Matches("^[0-9a-f]{16}$", first);
        var withId = ArticleFactory.Create(new RawRecord { Source = "s", Record = "1", Text = "t", Id = "mine" });
        Assert.Equal("mine", withId.DocId);
    }

    [Theory]
    [InlineData("2025-08-17", "2025-08-17")]
    [InlineData("17 August 2025", "2025-08-17")]
    [InlineData("August 17, 2025", "2025-08-17")]
    [InlineData("2025-08-17T10:30:00+02:00", "2025-08-17T08:30:00Z")]
    [InlineData("Sun, 17 Aug 2025 10:30:00 GMT", "2025-08-17T10:30:00Z")]
    [InlineData("1755426600", "2025-08-17T10:30:00Z")]
    [InlineData("last Tuesday", null)]
    [InlineData("", null)]
    public void PublishedIsNormalisedToIso8601(string given, string? expected) =>
        Assert.Equal(expected, PublishedDate.Normalize(given));
}
