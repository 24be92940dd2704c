using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes;

public class QuotedSpanScannerTests
{
    private static string[] Contents(string text) =>
        QuotedSpanScanner.Scan(text).Where(q => !q.Unclosed).Select(q => text[q.ContentStart..q.ContentEnd]).ToArray();

    [Theory]
    [InlineData("He said “yes, now,” and left.", "yes, now")]
    [InlineData("He said \"it's 'fine' today\" and left.", "it's 'fine' today")]
    [InlineData("Il a dit « oui » hier.", "oui")]
    [InlineData("She called it ‘game-changing’ twice.", "game-changing")]
    [InlineData("Thomas' sister said “no” to O’Brien.", "no")]
    public void FindsTheContentBetweenMarks(string text, string content) =>
        Assert.Equal([content], Contents(text));

    [Theory]
    [InlineData("In addition, he never stopped fighting for his beliefs.”", "In addition, he never stopped fighting for his beliefs")]
    [InlineData("Intro.\nHe will be remembered by many people.\"", "He will be remembered by many people")]
    public void ClosingMarkWithoutOpenerEndingTheParagraphClosesIt(string text, string content) =>
        Assert.Equal([content], Contents(text));

    [Theory]
    [InlineData("He said “yes” and “no.”")]
    [InlineData("A closing mark” in the middle of a paragraph.")]
    public void OtherUnopenedClosingMarksOpenNothing(string text) =>
        Assert.DoesNotContain(Contents(text), c => c.StartsWith("He said", StringComparison.Ordinal) || c.StartsWith("A closing", StringComparison.Ordinal));

    [Theory]
    [InlineData("“He said, ‘We go now,’ and left.”", "We go now", false)]
    [InlineData("“He said, look, ‘This is it.", "This is it", true)]
    public void FindsSingleQuotationsNestedInADoubleOne(string text, string content, bool unclosed)
    {
        var outer = Assert.Single(QuotedSpanScanner.Scan(text));
        var nested = Assert.Single(QuotedSpanScanner.Nested(text, outer, firstRun: 7));
        Assert.Equal(content, text[nested.ContentStart..nested.ContentEnd]);
        Assert.Equal(unclosed, nested.Unclosed);
        Assert.Equal(7, nested.Run);
    }

    [Fact]
    public void ApostrophesInsideAQuotationNestNothing() =>
        Assert.Empty(QuotedSpanScanner.Nested("“Let’s go to O’Brien’s,” he said.", QuotedSpanScanner.Scan("“Let’s go to O’Brien’s,” he said.")[0], 0));

    [Fact]
    public void MultiParagraphQuotationIsOneRun()
    {
        var spans = QuotedSpanScanner.Scan("“First part.\n“Second part.”");
        Assert.Equal(2, spans.Count);
        Assert.Equal(spans[0].Run, spans[1].Run);
    }

    [Fact]
    public void UnbalancedMarksStopAtTheParagraph()
    {
        var text = "An “unclosed mark\nand a new paragraph.";
        var unclosed = Assert.Single(QuotedSpanScanner.Scan(text));
        Assert.True(unclosed.Unclosed);
        Assert.Equal("unclosed mark", text[unclosed.ContentStart..unclosed.ContentEnd]);
        Assert.Equal(["b"], Contents("“a “b” c"));
    }

    [Fact]
    public void HostileInputIsLinearAndBounded()
    {
        var marks = new string('"', 100_000);
        var spans = QuotedSpanScanner.Scan(marks + "\n" + new string('“', 100_000) + " text");
        Assert.All(spans, s => Assert.True(s.ContentLength < 100_001));
        var whole = "“" + string.Join(' ', Enumerable.Repeat("word", 20_000)) + "\nNext paragraph.";
        Assert.All(QuotedSpanScanner.Scan(whole), s => Assert.DoesNotContain('\n', whole[s.ContentStart..s.ContentEnd]));
    }
}
