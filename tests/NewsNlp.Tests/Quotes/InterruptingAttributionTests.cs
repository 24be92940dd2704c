using NewsNlp.Documents;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Attributions set inside the reported words ("The plan, she said, was dropped"), show titles before a closing
/// attribution ("On the network’s “Morning Call,” Lee said …") and legal provisions that "state" something
/// ("NATO’s Article 5 states …"). Sentences written for these tests.
/// </summary>
public class InterruptingAttributionTests
{
    private const string Person = EntityTypes.Person;

    private static Quote QuoteOf(Article article, string content) => ArticleFixture.QuoteOf(article, content);

    [Theory]
    [InlineData("Dana Lee spoke on Monday. The tunnel, she said, would close for three weeks.", "The tunnel", "would close for three weeks")]
    [InlineData("Dana Lee spoke on Monday. The old depot, Dana Lee wrote, had been sold in March.", "The old depot", "had been sold in March")]
    [InlineData("The rent had been frozen since May, Dana Lee wrote, and there is no plan to raise it.", "The rent had been frozen since May", "there is no plan to raise it")]
    public void AnAttributionBetweenCommasSplitsTheContent(string text, string first, string second)
    {
        var article = ArticleFixture.WithQuotes(text, ("Dana Lee", Person));
        var before = QuoteOf(article, first);
        var after = QuoteOf(article, second);
        Assert.Equal("Dana Lee", before.SpeakerName);
        Assert.Equal(before.SpeakerName, after.SpeakerName);
        Assert.Equal(QuoteKind.Indirect, after.Kind);
    }

    [Fact]
    public void TwoNamesJoinedByAndSpeakTogether()
    {
        var article = ArticleFixture.WithQuotes(
            "The dispute had been settled in June, Ms. Ortiz and Mr. Blake wrote, and there is no way to reopen it.", ("Ortiz", Person), ("Blake", Person));
        QuoteOf(article, "The dispute had been settled in June");
        QuoteOf(article, "there is no way to reopen it");
    }

    [Fact]
    public void AClauseBeforeTheAttributionIsAQuoteWhenAQuotationIsAddedByAnd()
    {
        var article = ArticleFixture.WithQuotes("Dana Lee runs the clinic. The waiting list was long, she said, and “most patients wait a month.”", ("Dana Lee", Person));
        Assert.Equal("Dana Lee", QuoteOf(article, "The waiting list was long").SpeakerName);
    }

    [Theory]
    [InlineData("Yesterday, Dana Lee said, the plan was dropped.")]
    [InlineData("Meanwhile, Dana Lee said, the bridge stayed shut.")]
    public void ATimeOrAdverbBeforeTheAttributionIsNoQuote(string text)
    {
        var article = ArticleFixture.WithQuotes(text, ("Dana Lee", Person));
        Assert.DoesNotContain(article.Quotes, q => article.TextOf(q.Content).SequenceEqual("Yesterday") || article.TextOf(q.Content).SequenceEqual("Meanwhile"));
    }

    [Fact]
    public void AQuotationIntroducedAfterTheAttributionIsNotSplit()
    {
        var article = ArticleFixture.WithQuotes("Reading from her notes, Dana Lee said, “We will open the clinic in spring.”", ("Dana Lee", Person));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We will open the clinic in spring", article.TextOf(quote.Content).ToString());
    }

    [Fact]
    public void AShowTitleBeforeAClosingAttributionIsNoQuote()
    {
        var article = ArticleFixture.WithQuotes("On the network's \"Morning Call,\" Dana Lee said she would run again.", ("Dana Lee", Person));
        Assert.DoesNotContain(article.Quotes, q => article.TextOf(q.Content).SequenceEqual("Morning Call"));
        Assert.Equal("Dana Lee", QuoteOf(article, "she would run again").SpeakerName);
    }

    [Theory]
    [InlineData("NATO’s Article 5 states that an attack on one member is an attack on all.", "NATO")]
    [InlineData("Article 5 of NATO states that an attack on one member is an attack on all.", "NATO")]
    public void ALegalProvisionSpeaksForItsOwner(string text, string owner)
    {
        var article = ArticleFixture.WithQuotes(text, ("NATO", EntityTypes.Org));
        Assert.Equal(owner, QuoteOf(article, "an attack on one member is an attack on all").SpeakerName);
    }

    [Fact]
    public void ALegalProvisionWithoutOwnerIsNoSpeaker()
    {
        var article = ArticleFixture.WithQuotes("Section 12 states that tenants must be told a month ahead.");
        Assert.All(article.Quotes, q => Assert.Equal(string.Empty, q.SpeakerName));
    }

    [Fact]
    public void AWireCreditIsNotTheSentencesSubject()
    {
        var article = ArticleFixture.WithQuotes("(AP) — Dana Lee is keeping up the pressure, saying the council must act.", ("Dana Lee", Person), ("AP", EntityTypes.Org));
        Assert.Equal("Dana Lee", QuoteOf(article, "the council must act").SpeakerName);
    }

    [Fact]
    public void AParticipleAfterAnInvertedAttributionTakesItsSpeaker()
    {
        var article = ArticleFixture.WithQuotes(
            "\"It was a poor call and it cost us,\" said Dana Lee, a professor at the college, adding that the damage was limited.", ("Dana Lee", Person));
        Assert.Equal("Dana Lee", QuoteOf(article, "the damage was limited").SpeakerName);
    }

    [Theory]
    [InlineData("The Harbor Post, a website which says “we print the truth,” praised the plan.", "we print the truth", "Harbor Post")]
    [InlineData("The Harbor Post, a paper that says “we print the truth,” praised the plan.", "we print the truth", "Harbor Post")]
    public void AQuotationInARelativeClauseBelongsToTheNameItDescribes(string text, string content, string speaker)
    {
        var article = ArticleFixture.WithQuotes(text, ("The Harbor Post", EntityTypes.Org));
        Assert.Contains(speaker, QuoteOf(article, content).SpeakerName, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Quotes, q => q.SpeakerName.Contains("plan", StringComparison.Ordinal));
    }

    [Fact]
    public void ARunOfInterruptingAttributionsStaysLinearInOutput()
    {
        var text = "The plan was late" + string.Concat(Enumerable.Repeat(", she said, and the plan was late", 5_000)) + ".";
        var article = ArticleFixture.WithQuotes(text);
        Assert.True(article.Quotes.Sum(q => q.Content.Length) <= 2 * text.Length, $"{article.Quotes.Count} quotes");
    }
}
