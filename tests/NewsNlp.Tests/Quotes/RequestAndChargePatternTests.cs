using NewsNlp.Documents;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Reported speech whose content is not a plain "that" clause: a charge ("accused X of …"), a request to
/// an addressee ("told residents to …"), a means clause ("by calling for X to …", "by saying that …"), a
/// bracketed aside inside the content, a relative attribution ("…, which the agency calls an “attack”"),
/// "according to X" interrupting the content, and a claim owned by its speaker ("her claim that …").
/// Sentences written for these tests.
/// </summary>
public class RequestAndChargePatternTests
{
    private const string Person = EntityTypes.Person;

    private static string Describe(Article article) => ArticleFixture.Describe(article);

    private static Quote QuoteOf(Article article, string content) => ArticleFixture.QuoteOf(article, content);

    [Theory]
    [InlineData("Senator Mary Stone accused the governor of hiding the report from voters.", "hiding the report from voters")]
    [InlineData("Mary Stone is accusing him of misleading the committee.", "misleading the committee")]
    public void AChargeIsWhatFollowsOf(string text, string content)
    {
        var quote = QuoteOf(ArticleFixture.WithQuotes(text, ("Mary Stone", Person)), content);
        Assert.Equal("Mary Stone", quote.SpeakerName);
        Assert.Equal("accuse", quote.CueLemma);
    }

    [Theory]
    [InlineData("Mary Stone told residents to stay indoors until the storm passed.", "residents to stay indoors until the storm passed")]
    [InlineData("Mary Stone warned them not to travel on Monday.", "them not to travel on Monday")]
    public void ARequestKeepsItsAddressee(string text, string content)
    {
        Assert.Equal("Mary Stone", QuoteOf(ArticleFixture.WithQuotes(text, ("Mary Stone", Person)), content).SpeakerName);
    }

    [Fact]
    public void ToldWithAClauseIsNoRequest()
    {
        var article = ArticleFixture.WithQuotes("Mary Stone told reporters the budget would be balanced.", ("Mary Stone", Person));
        QuoteOf(article, "the budget would be balanced");
    }

    [Fact]
    public void MeansClauseCallingForIsTheSubjectsRequest()
    {
        var article = ArticleFixture.WithQuotes(
            "Mary Stone opened her show on Saturday by calling for the speaker to step down.", ("Mary Stone", Person));
        var quote = QuoteOf(article, "the speaker to step down");
        Assert.Equal("Mary Stone", quote.SpeakerName);
        Assert.Equal("call", quote.CueLemma);
    }

    [Fact]
    public void MeansClauseSayingThatIsTheSubjectsSpeech()
    {
        var article = ArticleFixture.WithQuotes("Mary Stone ended the hearing by saying that the budget would be balanced.", ("Mary Stone", Person));
        Assert.Equal("Mary Stone", QuoteOf(article, "the budget would be balanced").SpeakerName);
    }

    [Theory]
    [InlineData("Such agreements deter aggression by assuring adversaries that an attack will be met with force.")]
    [InlineData("Mary Stone reacted by proposing some regional measures to fund schools.")]
    public void MeansClauseOfAThingOrWithAnActionIsNoQuote(string text)
    {
        var article = ArticleFixture.WithQuotes(text, ("Mary Stone", Person));
        Assert.True(article.Quotes.Count == 0, Describe(article));
    }

    [Fact]
    public void MessageObjectSpeaksForWhoPostedIt()
    {
        var article = ArticleFixture.WithQuotes("Mary Stone posted a tweet telling her followers to tune in.", ("Mary Stone", Person));
        Assert.Equal("Mary Stone", QuoteOf(article, "her followers to tune in").SpeakerName);
    }

    [Fact]
    public void BracketedAsideStaysInsideTheContent()
    {
        var article = ArticleFixture.WithQuotes("Mary Stone said the budget (which passed last week) would be balanced by next year.", ("Mary Stone", Person));
        QuoteOf(article, "the budget (which passed last week) would be balanced by next year");
    }

    [Fact]
    public void RelativeAttributionEndsTheContentAndQuotesItsOwnWord()
    {
        var article = ArticleFixture.WithQuotes(
            "The news agency Tass reported the president had been told of the explosion, which the agency called an “attack”.",
            ("Tass", EntityTypes.Org));
        Assert.Equal("Tass", QuoteOf(article, "the president had been told of the explosion").SpeakerName);
        var partial = QuoteOf(article, "attack");
        Assert.Equal(QuoteKind.Partial, partial.Kind);
        Assert.Equal("Tass", partial.SpeakerName);
    }

    [Fact]
    public void AccordingToInsideTheSentenceSplitsTheContent()
    {
        var article = ArticleFixture.WithQuotes(
            "The growth in the February report, according to Mary Stone, is owed to the recovery of the past years.", ("Mary Stone", Person));
        Assert.Equal("Mary Stone", QuoteOf(article, "The growth in the February report").SpeakerName);
        Assert.Equal("Mary Stone", QuoteOf(article, "is owed to the recovery of the past years").SpeakerName);
    }

    [Fact]
    public void AccordingToFollowedByARelativeClauseAddsNoSecondPart()
    {
        var article = ArticleFixture.WithQuotes(
            "The plant will close next month, according to officials, who spoke on condition of anonymity.");
        Assert.DoesNotContain(article.Quotes, q => article.TextOf(q.Content).StartsWith("who", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mary Stone repeated her claim that the vote had been rigged by the governor.", "the vote had been rigged by the governor")]
    [InlineData("Voters remembered Mary Stone’s infamous suggestion that the vote had been rigged.", "the vote had been rigged")]
    public void AClaimOwnedBySomeoneIsTheirs(string text, string content)
    {
        var quote = QuoteOf(ArticleFixture.WithQuotes(text, ("Mary Stone", Person)), content);
        Assert.Equal("Mary Stone", quote.SpeakerName);
    }

    [Fact]
    public void AClaimWithoutAnOwnerNamesNobody()
    {
        var article = ArticleFixture.WithQuotes("Voters doubted the claim that the vote had been rigged by the governor.");
        Assert.True(article.Quotes.Count == 0, Describe(article));
    }

    [Fact]
    public void RepeatedNewPatternsInOneHugeSentenceStayBounded()
    {
        // One sentence without an end, made of the new patterns over and over: the scan must finish and no
        // quote may run over the paragraph break.
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            builder.Append("her claim that the vote (which ( was) rigged, according to Mary Stone, is false by calling for them to accuse him of ");
        }

        builder.Append('\n').Append(new string('(', 20_000));
        var article = ArticleFixture.WithQuotes(builder.ToString(), ("Mary Stone", Person));
        Assert.All(article.Quotes, q => Assert.DoesNotContain('\n', article.TextOf(q.Content).ToString()));
    }
}
