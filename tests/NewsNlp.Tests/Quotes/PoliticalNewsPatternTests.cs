using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Stakeholders;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Attribution patterns frequent in US political news: a closing attribution with adjuncts ("told
/// reporters on Tuesday", "said in a statement", "tweeted"), an appositive before the closing verb,
/// speaker labels before a colon, "called on X to …", and "according to" relaying a quotation that has its
/// own speaker. Sentences written for these tests.
/// </summary>
public class PoliticalNewsPatternTests
{
    private const string Person = EntityTypes.Person;

    private static Article Run(string text, params (string, string)[] names) => ArticleFixture.WithQuotes(text, names);

    private static string Describe(Article article) => ArticleFixture.Describe(article);

    private static Quote QuoteOf(Article article, string content) => ArticleFixture.QuoteOf(article, content);

    [Theory]
    [InlineData("The budget will be balanced by next year, Mary Stone told a radio host on Tuesday.", "tell")]
    [InlineData("The budget will be balanced by next year, Mary Stone said in a statement.", "say")]
    [InlineData("The budget will be balanced by next year, Mary Stone tweeted.", "tweet")]
    [InlineData("The budget will be balanced by next year, Mary Stone said Monday in a statement, a local paper first reported.", "say")]
    public void ClosingAttributionWithAdjuncts(string text, string lemma)
    {
        var quote = QuoteOf(Run(text, ("Mary Stone", Person)), "The budget will be balanced by next year");
        Assert.Equal("Mary Stone", quote.SpeakerName);
        Assert.Equal(lemma, quote.CueLemma);
    }

    [Fact]
    public void ClosingAttributionWithAnAppositiveNamesThePerson()
    {
        var article = Run("The plant will close in a month, Jack Langer, the company's spokesman, said on Monday.", ("Jack Langer", Person));
        Assert.Equal("Jack Langer", QuoteOf(article, "The plant will close in a month").SpeakerName);
    }

    [Fact]
    public void CommaInsideTheClosingMarkStillEndsTheContent()
    {
        var article = Run("The senator met the donor in a “quiet place,” Jack Langer said in a statement.", ("Jack Langer", Person));
        var quote = QuoteOf(article, "The senator met the donor in a “quiet place");
        Assert.Equal("Jack Langer", quote.SpeakerName);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
    }

    [Fact]
    public void AClauseAfterTheVerbIsNoAdjunctTail()
    {
        // "said it was late" has content of its own: the words before the comma are no quote of Stone's.
        var article = Run("When the vote ended, Mary Stone said it was late.", ("Mary Stone", Person));
        Assert.DoesNotContain(article.Quotes, q => article.TextOf(q.Content).SequenceEqual("When the vote ended"));
    }

    [Fact]
    public void CallOnAnAddresseeIsARequest()
    {
        var article = Run("Senator Mary Stone called on the governor to resign after the vote.", ("Mary Stone", Person));
        var quote = QuoteOf(article, "the governor to resign after the vote");
        Assert.Equal("Mary Stone", quote.SpeakerName);
        Assert.Equal("call", quote.CueLemma);
    }

    [Fact]
    public void SpeakerLabelBeforeAColon()
    {
        var article = Run("Press Secretary Mary Stone: “We will not take questions on the budget today.”", ("Mary Stone", Person));
        var quote = QuoteOf(article, "We will not take questions on the budget today");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Mary Stone", quote.SpeakerName);
    }

    [Fact]
    public void TitleCaseQuotationAfterALabelIsAHeadline()
    {
        var article = Run("Stone: ‘The Budget Will Be Balanced By Next Year’", ("Stone", Person));
        Assert.True(article.Quotes.Count == 0, Describe(article));
    }

    [Fact]
    public void AccordingToRelaysAQuotationWithItsOwnVerb()
    {
        var article = Run(
            "“Serving this town has been the privilege of my life,” Stone wrote in a note to colleagues, according to the Gazette.",
            ("Stone", Person), ("Gazette", EntityTypes.Org));
        var quote = QuoteOf(article, "Serving this town has been the privilege of my life");
        Assert.Equal("Stone", quote.SpeakerName);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.DoesNotContain(article.Quotes, q => q.SpeakerName == "Gazette");
    }

    [Fact]
    public void DescribedAsTakesTheSecondQuotation()
    {
        var article = Run("Mary Stone attacked the press on Sunday, describing the “leaks” as “fabricated lies.”", ("Mary Stone", Person));
        var quote = QuoteOf(article, "fabricated lies");
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Mary Stone", quote.SpeakerName);
        Assert.DoesNotContain(article.Quotes, q => article.TextOf(q.Content).SequenceEqual("leaks"));
    }

    [Fact]
    public void AQuantifierAloneIsAGroupSpeaker()
    {
        var article = Run("Some argue that the merger may have broken an old law.");
        Assert.Equal("Some", QuoteOf(article, "the merger may have broken an old law").SpeakerName);
    }
}
