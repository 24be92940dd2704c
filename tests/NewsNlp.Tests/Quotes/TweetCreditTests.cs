using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Embedded posts shown with a credit line ("… pic.twitter.com/x — Ana Ruiz (@anaruiz) June 1, 2020"): the
/// post's words are a direct quote of its author, without the links and embed markers around them.
/// Sentences written for these tests.
/// </summary>
public class TweetCreditTests
{
    [Fact]
    public void PostOpeningItsLineIsItsAuthorsQuote()
    {
        var article = ArticleFixture.WithQuotes(
            "Rain all day and still they came pic.twitter.com/q1w2e3 — Ana Ruiz (@anaruiz) June 1, 2020",
            ("Ana Ruiz", EntityTypes.Person));
        var quote = ArticleFixture.QuoteOf(article, "Rain all day and still they came");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Ana Ruiz", quote.SpeakerName);
    }

    [Fact]
    public void PostAfterAnEmbedMarkerEndsTheReportedSpeechBeforeIt()
    {
        var article = ArticleFixture.WithQuotes(
            "The council noted that the vote was close: > BREAKING: Council passes the budget by one vote https://t.co/abc123 > — City Desk (@citydesk) May 3, 2021",
            ("City Desk", EntityTypes.Org), ("Council", EntityTypes.Org));
        Assert.Equal("City Desk", ArticleFixture.QuoteOf(article, "BREAKING: Council passes the budget by one vote").SpeakerName);
        ArticleFixture.QuoteOf(article, "the vote was close");
    }

    [Theory]
    [InlineData("Write to the desk (@citydesk) with your questions.")]
    [InlineData("The handle — (@) was taken.")]
    [InlineData("(@(@(@")]
    public void NoCreditLineNoPost(string text)
    {
        var article = ArticleFixture.WithQuotes(text);
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void ManyCreditsInTextWithoutSpacesAreBoundedAndStayInsideTheText()
    {
        // Each credit's walk back over a link-like word is capped by the longest post, and the number of
        // credits looked at is capped too, so hostile text cannot make the scan quadratic.
        var text = string.Concat(Enumerable.Repeat("ab cd http://x.y/z—A (@a)", 3_000));
        var article = ArticleFixture.WithQuotes(text);
        Assert.InRange(article.Quotes.Count, 1, 200);
        Assert.All(article.Quotes, q => Assert.InRange(q.Content.End, q.Content.Start + 1, text.Length));
    }
}
