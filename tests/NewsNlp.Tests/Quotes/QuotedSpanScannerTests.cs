using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes;

public class QuotedSpanScannerTests
{
    private static string[] Contents(string text) =>
        QuotedSpanScanner.Scan(text).Select(q => text[q.ContentStart..q.ContentEnd]).ToArray();

    [Theory]
    [InlineData("He said “yes, now,” and left.", "yes, now")]
    [InlineData("He said \"it's 'fine' today\" and left.", "it's 'fine' today")]
    [InlineData("Il a dit « oui » hier.", "oui")]
    [InlineData("She called it ‘game-changing’ twice.", "game-changing")]
    [InlineData("Thomas' sister said “no” to O’Brien.", "no")]
    public void FindsTheContentBetweenMarks(string text, string content) =>
        Assert.Equal([content], Contents(text));

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
        Assert.Empty(Contents("An “unclosed mark\nand a new paragraph."));
        Assert.Equal(["b"], Contents("“a “b” c"));
    }

    [Fact]
    public void HostileInputIsLinearAndBounded()
    {
        var marks = new string('"', 100_000);
        var spans = QuotedSpanScanner.Scan(marks + "\n" + new string('“', 100_000) + " text");
        Assert.All(spans, s => Assert.True(s.ContentLength < 100_001));
        var whole = "“" + string.Join(' ', Enumerable.Repeat("word", 20_000));
        Assert.Empty(Contents(whole));
    }
}
