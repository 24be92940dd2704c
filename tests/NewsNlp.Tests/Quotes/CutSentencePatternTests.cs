using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Patterns of sentences taken out of their article (as in NewsMTSC): a quotation cut off at the record's
/// end, a quotation nested inside one, a transcript label before a colon, and speech that only might have
/// happened. Sentences written for these tests.
/// </summary>
public class CutSentencePatternTests
{
    private const string Person = EntityTypes.Person;

    private static Article Run(string text, params (string, string)[] names) => ArticleFixture.WithQuotes(text, names);

    private static Quote QuoteOf(Article article, string content) => ArticleFixture.QuoteOf(article, content);

    [Fact]
    public void NestedQuotationIntroducedByAReportingVerbIsAQuoteOfItsOwn()
    {
        var article = Run(
            "“We raised the deadline with her, and [Mary Stone] said, look, ‘This is a question where I want to hear every side first.’",
            ("Mary Stone", Person));

        var nested = QuoteOf(article, "This is a question where I want to hear every side first");
        Assert.Equal(QuoteKind.Direct, nested.Kind);
        Assert.Equal("Mary Stone", nested.SpeakerName);
        Assert.Equal("say", nested.CueLemma);
        // The outer quotation is someone else's words: it does not inherit the nested speaker.
        var outer = QuoteOf(article, "We raised the deadline with her, and [Mary Stone] said, look, ‘This is a question where I want to hear every side first.’");
        Assert.Equal(string.Empty, outer.SpeakerName);
    }

    [Fact]
    public void ScareQuotesInsideAQuotationAreNoQuotes()
    {
        var article = Run("“The so-called ‘reform plan’ will not pass the chamber this year,” Mary Stone said.", ("Mary Stone", Person));
        Assert.DoesNotContain(article.Quotes, q => article.TextOf(q.Content).SequenceEqual("reform plan"));
    }

    [Fact]
    public void QuotationCutOffAtTheRecordEndIsKeptWithoutASpeaker()
    {
        var article = Run("(Photo: Agency) Okafor “has been remarkably effective, in the lab and now in the classroom.");
        var quote = QuoteOf(article, "has been remarkably effective, in the lab and now in the classroom");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(string.Empty, quote.SpeakerName);
    }

    [Fact]
    public void AShortStrayMarkBeforeTheEndIsNoQuote()
    {
        var article = Run("The plan got a “fresh look.");
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void TranscriptLabelAfterAColonNamesTheSpeaker()
    {
        var article = Run(
            "I close with one more line from Dana Whitfield: Whitfield: My neighbours walked into the hearing with open minds.",
            ("Dana Whitfield", Person), ("Whitfield", Person));

        var quote = QuoteOf(article, "My neighbours walked into the hearing with open minds");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.EndsWith("Whitfield", quote.SpeakerName, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadlineAfterANameIsNoTranscriptLine() =>
        Assert.Empty(Run("Senate news: McConnell: We Have the Votes to Confirm Gorsuch", ("McConnell", Person)).Quotes);

    [Theory]
    [InlineData("His lawyers might have reminded him that the deal was far too risky.")]
    [InlineData("The two researchers could then estimate how many voters stayed at home.")]
    public void ConjecturedSpeechIsNoQuote(string text) => Assert.Empty(Run(text).Quotes);

    [Fact]
    public void SpeechAfterWentOnToHappened()
    {
        var article = Run("Mary Stone went on to say that the deal was far too risky.", ("Mary Stone", Person));
        Assert.Equal("Mary Stone", QuoteOf(article, "the deal was far too risky").SpeakerName);
    }

    [Fact]
    public void WhereTheSourceSitsIsNoPartOfItsName()
    {
        var article = Run("Neighbours doubted the plan's cost, as the council report below notes.");
        var quote = QuoteOf(article, "Neighbours doubted the plan's cost");
        Assert.DoesNotContain("below", quote.SpeakerName, StringComparison.Ordinal);
        Assert.Equal("note", quote.CueLemma);
    }

    [Fact]
    public void ClosingMarkWithoutOpenerBeforeTheAttributionEndsACutOffQuotation()
    {
        var article = Run("We have a bold agenda, and we are going to roll on,” he said.");
        var quote = QuoteOf(article, "We have a bold agenda, and we are going to roll on");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("say", quote.CueLemma);
    }

    [Fact]
    public void ClosingAttributionEndsTheContentOfAnEarlierVerb()
    {
        var article = Run("The fact that he wanted immunity suggested the adviser feels he is in jeopardy, one official said.");
        var quote = QuoteOf(article, "The fact that he wanted immunity suggested the adviser feels he is in jeopardy");
        Assert.Equal("say", quote.CueLemma);
    }

    [Fact]
    public void PossessiveOwnerIsThePersonNamedEarlierInItsSentence()
    {
        var article = Run(
            "Mary Stone was asked why John Brown repeats false claims, such as his suggestion that the vote was rigged.",
            ("Mary Stone", Person), ("John Brown", Person));
        Assert.Equal("John Brown", QuoteOf(article, "the vote was rigged").SpeakerName);
    }

    [Fact]
    public void ClauseJoiningTwoQuotationsIsOneMixedQuote()
    {
        var article = Run("Mary Stone said Sunday that Alvarez “deserves the post” and “will get it in the end.”", ("Mary Stone", Person));
        var quote = QuoteOf(article, "Alvarez “deserves the post” and “will get it in the end");
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Single(article.Quotes);
    }
}
