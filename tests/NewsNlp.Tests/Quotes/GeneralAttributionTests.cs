using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Attribution syntax that holds in any news text, found missing when the rules met new sentences: speaker
/// phrases with prepositional modifiers or a parenthesised aside, camel-case surnames, adjuncts before
/// "that", fronted subordinate clauses, quotations that are a paragraph of their own or lost their opening
/// mark, "for saying", "what X called". Sentences written for these tests.
/// </summary>
public class GeneralAttributionTests
{
    private const string Person = EntityTypes.Person;

    private static Article Run(string text, params (string, string)[] names) => ArticleFixture.WithQuotes(text, names);

    private static Quote QuoteOf(Article article, string content) => ArticleFixture.QuoteOf(article, content);

    [Theory]
    [InlineData("“The bridge will open in May,” a spokesman for the city said.", "spokesman for the city")]
    [InlineData("“The bridge will open in May,” the aide on the phone said.", "aide on the phone")]
    public void SpeakerAfterAQuotationMayCarryAPrepositionalPhrase(string text, string speaker)
    {
        var quote = QuoteOf(Run(text), "The bridge will open in May");
        Assert.Contains(speaker, quote.SpeakerName, StringComparison.Ordinal);
        Assert.Equal("say", quote.CueLemma);
    }

    [Fact]
    public void CamelCaseSurnameIsAName()
    {
        var quote = QuoteOf(Run("“The bridge will open in May,” deSantos told reporters."), "The bridge will open in May");
        Assert.Equal("deSantos", quote.SpeakerName);
    }

    [Fact]
    public void GluedStraightMarkWithNothingAfterItClosesACutOffQuotation()
    {
        var article = Run("Now we will open the bridge in May and the road in June,\" Mary Stone said.", ("Mary Stone", Person));
        var quote = QuoteOf(article, "Now we will open the bridge in May and the road in June");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Mary Stone", quote.SpeakerName);
    }

    [Fact]
    public void QuotationThatIsItsOwnParagraphIsKeptWithoutASpeaker()
    {
        var article = Run("“It was a fine day.”");
        Assert.Equal(string.Empty, QuoteOf(article, "It was a fine day").SpeakerName);
    }

    [Fact]
    public void TitleAloneInItsParagraphIsNoQuote()
    {
        var article = Run("“Bridges of the North”\nThe show opens in May.");
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void QuotationCutOffAtItsParagraphStartIsKept()
    {
        // The record starts inside the quotation and ends before its speaker is named.
        var article = Run("and the road will open in June as well,” Sen.");
        Assert.Equal(QuoteKind.Direct, QuoteOf(article, "and the road will open in June as well").Kind);
    }

    [Fact]
    public void ClosingAttributionMayBeFollowedByAParticipleClause()
    {
        var article = Run(
            "The city has reopened its inquiry into the bridge contract, Director Jane Roe told the council in a letter Friday, raising the stakes for the mayor.",
            ("Jane Roe", Person));
        Assert.Equal("Jane Roe", QuoteOf(article, "The city has reopened its inquiry into the bridge contract").SpeakerName);
    }

    [Fact]
    public void PrepositionalAdjunctBeforeThatKeepsTheContentAfterIt()
    {
        var article = Run("Mary Stone insisted during one of her debates with the mayor that the budget was sound.", ("Mary Stone", Person));
        Assert.Equal("insist", QuoteOf(article, "the budget was sound").CueLemma);
    }

    [Fact]
    public void FrontedSubordinateClauseEndsBeforeTheMainClause()
    {
        var article = Run("While Mary Stone said she wanted a calm debate, she insisted that the budget was sound.", ("Mary Stone", Person));
        Assert.Equal("say", QuoteOf(article, "she wanted a calm debate").CueLemma);
        Assert.Equal("Mary Stone", QuoteOf(article, "the budget was sound").SpeakerName);
    }

    [Fact]
    public void AsClauseAfterWordsAlreadyAttributedTakesNothingOver()
    {
        var article = Run("Mary Stone joked that she would have been wise to skip the vote, as her rival charged.", ("Mary Stone", Person));
        Assert.Equal("Mary Stone", QuoteOf(article, "she would have been wise to skip the vote").SpeakerName);
    }

    [Fact]
    public void GerundAfterForIsTheSubjectsSpeechAfterAFrontedClause()
    {
        var article = Run("Before the report came out, Mary Stone was under fire for saying that the budget was sound.", ("Mary Stone", Person));
        var quote = QuoteOf(article, "the budget was sound");
        Assert.Equal("Mary Stone", quote.SpeakerName);
        Assert.Equal("say", quote.CueLemma);
    }

    [Fact]
    public void ParenthesisedAsideBetweenSubjectAndVerbIsSkipped()
    {
        var article = Run("Senator Jane Roe (R-GA) said the mayor lied about the budget.", ("Jane Roe", Person));
        Assert.Equal("Jane Roe", QuoteOf(article, "the mayor lied about the budget").SpeakerName);
    }

    [Fact]
    public void WhatSomeoneCalledIsTheirPartialQuote()
    {
        var article = Run("He was fired for what the deputy manager, Dana Lee, called “a stunt without the approval of the campaign”.", ("Dana Lee", Person));
        var quote = QuoteOf(article, "a stunt without the approval of the campaign");
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Dana Lee", quote.SpeakerName);
    }

    [Fact]
    public void AdverbialClauseAfterAClosingVerbIsNoContent()
    {
        var article = Run("“The bridge is ready,” Mary Stone declared as she left the hall with her aides.", ("Mary Stone", Person));
        Assert.Equal("Mary Stone", QuoteOf(article, "The bridge is ready").SpeakerName);
        Assert.Single(article.Quotes);
    }

    [Fact]
    public void DashBeforeAParticipleEndsTheContentBeforeIt()
    {
        var article = Run("Mary Stone said the mayor owes voters a full account – urging him, “Show us every page.”", ("Mary Stone", Person));
        Assert.Equal("say", QuoteOf(article, "the mayor owes voters a full account").CueLemma);
        Assert.Equal("Mary Stone", QuoteOf(article, "Show us every page").SpeakerName);
    }

    [Fact]
    public void PostedMessageWithoutAnOwnerSpeaksForTheSpeakerBeforeIt()
    {
        var article = Run("“The budget is sound,” Mary Stone wrote, which was followed by a second message stating: “We will win the vote.”", ("Mary Stone", Person));
        Assert.Equal("Mary Stone", QuoteOf(article, "We will win the vote").SpeakerName);
    }
}
