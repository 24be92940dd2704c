using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Where reported speech starts and ends and who speaks it, for constructions the fourth NewsMTSC development
/// set showed: a demonstrative "that" after a preposition, a "though" clause with its own reporting verb,
/// negated objects, commitments with an infinitive, relative clauses whose gap is the content's subject,
/// adjuncts before "that", a quotation's closing verb followed by its listener, and a participle after a
/// relative clause. Sentences written for these tests.
/// </summary>
public class ReportedSpeechScopeTests
{
    private const string Person = EntityTypes.Person;

    [Fact]
    public void ThatAfterAPrepositionIsADemonstrative()
    {
        var article = ArticleFixture.WithQuotes(
            "Mayor Ann Cole added to that frustration on Friday when she said that the audit was late, though she insisted that the figures were sound.",
            ("Ann Cole", Person));
        Assert.DoesNotContain(article.Quotes, q => article.TextOf(q.Content).StartsWith("frustration", StringComparison.Ordinal));
        Assert.Equal("Ann Cole", ArticleFixture.QuoteOf(article, "the audit was late").SpeakerName);
        Assert.Equal("insist", ArticleFixture.QuoteOf(article, "the figures were sound").CueLemma);
    }

    [Fact]
    public void NegatedObjectReportsNothing()
    {
        var article = ArticleFixture.WithQuotes("Ann Cole asks no hard questions about the budget, leaving Lee to raise old charges such as “waste.”", ("Ann Cole", Person), ("Lee", Person));
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void CommitmentKeepsItsInfinitive()
    {
        var article = ArticleFixture.WithQuotes("Ann Cole vowed Tuesday to veto the spending bill that she had backed a year ago, hoping to calm her base.", ("Ann Cole", Person));
        var quote = ArticleFixture.QuoteOf(article, "to veto the spending bill that she had backed a year ago");
        Assert.Equal("vow", quote.CueLemma);
    }

    [Fact]
    public void RelativeGapIsTheContentsSubject()
    {
        var article = ArticleFixture.WithQuotes("Ann Cole shredded a stack of memos that she said were of no use to the office.", ("Ann Cole", Person));
        Assert.Equal("Ann Cole", ArticleFixture.QuoteOf(article, "were of no use to the office").SpeakerName);
    }

    [Theory]
    [InlineData("The new parking rules, which Ann Cole wrongly claimed were no problem, could change.", "were no problem")]
    [InlineData("Taxes have risen, and that is what Ann Cole had argued is the real issue.", "is the real issue")]
    public void RelativeGapSkipsAdverbsAndAuxiliariesAndEndsWithItsClause(string text, string content)
    {
        var article = ArticleFixture.WithQuotes(text, ("Ann Cole", Person));
        Assert.Equal("Ann Cole", ArticleFixture.QuoteOf(article, content).SpeakerName);
    }

    [Fact]
    public void CommitmentNounKeepsItsInfinitive()
    {
        var article = ArticleFixture.WithQuotes("Reporters focused on Ann Cole’s vow to sue the three firms that bid for the contract.", ("Ann Cole", Person));
        var quote = ArticleFixture.QuoteOf(article, "to sue the three firms that bid for the contract");
        Assert.Equal("Ann Cole", quote.SpeakerName);
        Assert.Equal("vow", quote.CueLemma);
    }

    [Fact]
    public void HyphenatedWordStaysInTheSubject()
    {
        var article = ArticleFixture.WithQuotes("Ann Cole said the scandal-plagued executive would hurt the party.", ("Ann Cole", Person));
        Assert.Equal("Ann Cole", ArticleFixture.QuoteOf(article, "the scandal-plagued executive would hurt the party").SpeakerName);
    }

    [Fact]
    public void AdverbialAdjunctMayHoldThatOff()
    {
        var article = ArticleFixture.WithQuotes("Ann Cole said loudly, and for everyone to hear, that her staff had lost the ballots.", ("Ann Cole", Person));
        Assert.Equal("Ann Cole", ArticleFixture.QuoteOf(article, "her staff had lost the ballots").SpeakerName);
    }

    [Fact]
    public void ReportingNounMayTakeAnAdjunctBeforeThat()
    {
        var article = ArticleFixture.WithQuotes("Ann Cole’s statement on Monday at a town hall that the plant would close angered workers.", ("Ann Cole", Person));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Ann Cole", quote.SpeakerName);
        Assert.StartsWith("the plant would close", article.TextOf(quote.Content).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ClosingVerbOfAQuotationTakesNoListenerAsContent()
    {
        var article = ArticleFixture.WithQuotes("“We kept the shelters open all winter,” Ann Cole told the gathered members on Sunday during a dinner.", ("Ann Cole", Person));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We kept the shelters open all winter", article.TextOf(quote.Content).ToString());
    }

    [Fact]
    public void ParticipleAfterARelativeClauseTakesTheMainSubject()
    {
        var article = ArticleFixture.WithQuotes(
            "Ann Cole also mocked Tom Lane, who advises the governor, saying the disgraced executive would hurt the party.",
            ("Ann Cole", Person), ("Tom Lane", Person));
        Assert.Equal("Ann Cole", ArticleFixture.QuoteOf(article, "the disgraced executive would hurt the party").SpeakerName);
    }

    [Fact]
    public void CoordinatedQuotationsShareTheirVerb()
    {
        var article = ArticleFixture.WithQuotes("The parents came to the stage to shout “We want the park back” or “The park is our last hope” before leaving.");
        Assert.Equal(ArticleFixture.QuoteOf(article, "We want the park back").SpeakerName, ArticleFixture.QuoteOf(article, "The park is our last hope").SpeakerName);
        Assert.Equal(QuoteKind.Direct, ArticleFixture.QuoteOf(article, "The park is our last hope").Kind);
    }

    [Fact]
    public void DefiniteTitleTakesThePersonNamedAsOwner()
    {
        var article = ArticleFixture.WithQuotes(
            "Ann Cole’s plan came to an end Monday in a school gym, with the Democratic nominee promising new spending within a week.",
            ("Ann Cole", Person));
        Assert.Equal("Ann Cole", ArticleFixture.QuoteOf(article, "new spending within a week").SpeakerName);
    }

    [Theory]
    [InlineData("A spokesman for the port said cargo volumes were rising but that two berths would close.", "cargo volumes were rising but that two berths would close")]
    [InlineData("Ann Cole said the plan was costly and that the council would vote again.", "the plan was costly and that the council would vote again")]
    public void ThatAfterACoordinatorKeepsBothClauses(string text, string content)
    {
        // The second complement's "that" must not cut the bare first clause off the reported speech.
        var article = ArticleFixture.WithQuotes(text, ("Ann Cole", Person));
        Assert.Equal("say", ArticleFixture.QuoteOf(article, content).CueLemma);
    }

    [Theory]
    [InlineData("Police said no one was hurt in the blast.", "no one was hurt in the blast")]
    [InlineData("Ann Cole said no decision had been made on the budget.", "no decision had been made on the budget")]
    public void NoOpeningTheReportedClauseIsNoNegation(string text, string content)
    {
        // "no" as the reported clause's subject is speech; only "no" before an object without a verb negates it.
        var article = ArticleFixture.WithQuotes(text, ("Ann Cole", Person));
        Assert.Equal("say", ArticleFixture.QuoteOf(article, content).CueLemma);
    }
}
