using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Stakeholders;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Attribution by English syntax rather than by nearness: the subject after a fronted phrase, the antecedent
/// of "who", a pronoun pointing forward to the main clause, "that" opening a relative clause, participles
/// used as adjectives, "call X a Y", praise "X as Y", documents as speakers, titles of shows in quote
/// marks, surnames that look like demonyms. Sentences written for these tests.
/// </summary>
public class SyntacticAttributionTests
{
    private const string Person = EntityTypes.Person;

    private static Article Run(string text, params (string, string)[] names) => ArticleFixture.WithQuotes(text, names);

    private static Quote QuoteOf(Article article, string content) => ArticleFixture.QuoteOf(article, content);

    [Fact]
    public void ReportedSpeechOpeningWithAQuotationKeepsItsOpeningMark()
    {
        var article = Run("The minister said that “the road is open at last” for the first convoy.", ("minister", Person));
        var quote = QuoteOf(article, "“the road is open at last” for the first convoy");
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
    }

    [Fact]
    public void DemonymAfterACourtesyTitleIsASurname()
    {
        var article = Run("“The tunnel plan is a fantasy,” Mr. French argues.", ("French", EntityTypes.Norp));
        var quote = QuoteOf(article, "The tunnel plan is a fantasy");
        Assert.Equal("French", quote.SpeakerName);
        Assert.Equal(Person, article.Entities[quote.SpeakerEntityId].Type);
    }

    [Theory]
    [InlineData("Mr. Lee said it on the network’s “Morning Report.”")]
    [InlineData("Mr. Lee told “Morning Report” on Monday that he would run.")]
    public void TitleCaseQuotationAfterAPossessiveOrToldNamesAShow(string text)
    {
        var article = Run(text, ("Lee", Person));
        Assert.DoesNotContain(article.Quotes, q => article.TextOf(q.Content).SequenceEqual("Morning Report"));
    }

    [Fact]
    public void ClosingAttributionReportsASentenceOpenedByAPreposition()
    {
        var quote = QuoteOf(Run("Among the guests was the former mayor of the town, the report said."), "Among the guests was the former mayor of the town");
        Assert.Equal("say", quote.CueLemma);
        Assert.Contains("report", quote.SpeakerName, StringComparison.Ordinal);
    }

    [Fact]
    public void ParticiplesBorrowTheSubjectAfterAFrontedPhrase()
    {
        var article = Run("On Monday, Ms. Ortiz backed the new chief, calling him an “outstanding pick” and urging the council to approve him.", ("Ortiz", Person));
        var partial = QuoteOf(article, "outstanding pick");
        Assert.Equal("Ortiz", partial.SpeakerName);
        Assert.Equal(QuoteKind.Partial, partial.Kind);
        Assert.Equal("Ortiz", QuoteOf(article, "the council to approve him").SpeakerName);
    }

    [Theory]
    [InlineData("Ortiz is publicly criticizing the same budget that she voted for.")]
    [InlineData("The move will complete Ortiz's proposed team just two days before she takes office.")]
    public void RelativeThatAndAttributiveParticiplesReportNothing(string text)
    {
        var article = Run(text, ("Ortiz", Person));
        Assert.True(article.Quotes.Count == 0, ArticleFixture.Describe(article));
    }

    [Fact]
    public void PraiseWithAsReportsWhatWasSaid()
    {
        var quote = QuoteOf(Run("Residents hailed Mayor Ortiz as a careful steward of the town's money.", ("Ortiz", Person)), "Mayor Ortiz as a careful steward of the town's money");
        Assert.Equal("hail", quote.CueLemma);
        Assert.Equal("Residents", quote.SpeakerName);
    }

    [Fact]
    public void CalledWithASubjectOfItsOwnQuotesThePhrase()
    {
        var article = Run("Ms. Ortiz spoke about trade, which she called “our biggest worry and a growing one.”", ("Ortiz", Person));
        Assert.Equal("Ortiz", QuoteOf(article, "our biggest worry and a growing one").SpeakerName);
    }

    [Fact]
    public void CallingXAYReportsXAY()
    {
        var article = Run("When Ortiz objected, calling Lee a bully, the chair adjourned the session.", ("Ortiz", Person), ("Lee", Person));
        var quote = QuoteOf(article, "Lee a bully");
        Assert.Equal("Ortiz", quote.SpeakerName);
        Assert.Equal("call", quote.CueLemma);
    }

    [Fact]
    public void PronounInAFrontedPhrasePointsForwardAndItsClaimEndsAtTheComma()
    {
        const string text = "After his claim that the council treated Lopez unfairly, Baker removed the chair.";
        var article = ArticleFixture.Build(text, ("Lopez", Person), ("Baker", Person));
        // Tagged as the tagger does: untagged, the fixture would take "claim" for a verb.
        article.Tokens[Array.FindIndex(article.Tokens, t => text[t.Start..t.End] == "claim")].Pos = Upos.NOUN;
        ArticleFixture.WithQuotes(article);
        Assert.Equal("Baker", QuoteOf(article, "the council treated Lopez unfairly").SpeakerName);
    }

    [Fact]
    public void ClauseJoiningTwoQuotationsAfterThatIsOneMixedQuote()
    {
        var article = Run("Ortiz said that “the city budget” shows “they are unable to face the facts of their own town.”", ("Ortiz", Person));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("“the city budget” shows “they are unable to face the facts of their own town", article.TextOf(quote.Content).ToString());
        Assert.Equal("Ortiz", quote.SpeakerName);
    }

    [Fact]
    public void RestrictiveWhoNamesTheSpeakerAndAccordingToKeepsItsOwnContent()
    {
        var article = Run("The plan was shared among aides, according to a city official who described it as a list of past mistakes.");
        Assert.Contains("official", QuoteOf(article, "it as a list of past mistakes").SpeakerName, StringComparison.Ordinal);
        Assert.Equal("according to", QuoteOf(article, "The plan was shared among aides").CueLemma);
    }

    [Fact]
    public void LabelledQuotationThatIsASubjectIsAHeadline()
    {
        var article = Run("Mayor Lee: “Budget cuts nonsense” is cover for the council’s “many failures”", ("Lee", Person));
        Assert.True(article.Quotes.Count == 0, ArticleFixture.Describe(article));
    }

    [Fact]
    public void PlannedRemarkIsItsSpeakersQuotation()
    {
        const string text = "“I saw it myself,” Mr. Baker intends to tell the committee, according to his written testimony.";
        var article = ArticleFixture.Build(text, ("Baker", Person));
        // Tagged as the tagger does: the fixture leaves words untagged, and an untagged "intends" could be part of a name.
        var intends = Array.FindIndex(article.Tokens, t => text[t.Start..t.End] == "intends");
        article.Tokens[intends].Pos = Upos.VERB;
        ArticleFixture.WithQuotes(article);
        var quote = QuoteOf(article, "I saw it myself");
        Assert.Equal("Baker", quote.SpeakerName);
        Assert.Equal("tell", quote.CueLemma);
    }

    [Theory]
    [InlineData("Residents, meanwhile, said the mayor was a careful steward of the town's money.", "the mayor was a careful steward of the town's money")]
    [InlineData("Residents, meanwhile, hailed the mayor as a careful steward of the town's money.", "the mayor as a careful steward of the town's money")]
    public void AdverbBetweenCommasSitsBetweenSubjectAndVerb(string text, string content)
    {
        Assert.Equal("Residents", QuoteOf(Run(text), content).SpeakerName);
    }

    [Fact]
    public void ExpletiveItSpeaksForNobody()
    {
        var article = Run("In those days, it was up to Lee to settle matters, by asking a question along the lines of, “Did you meet them at any time during the campaign or after it?”", ("Lee", Person));
        // A question "along the lines of" a quotation was never asked in those words (data/quotes/README.md): no
        // quote at all, and none given to the expletive "it".
        Assert.Empty(article.Quotes);
    }
}
