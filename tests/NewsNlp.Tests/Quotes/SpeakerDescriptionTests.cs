using NewsNlp.Documents;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Speakers given by a description rather than a name: a group placed by a name ("Officials in Kenya"
/// stay a group, not Kenya), a definite title description right after the person it describes ("When Rice
/// was asked …, the former adviser said"), a definite group description naming the group the article
/// introduced in other words ("A rescue team … The rescuers said"). Sentences written for these tests.
/// </summary>
public class SpeakerDescriptionTests
{
    private static Quote OnlyQuote(Article article) => Assert.Single(article.Quotes);

    [Theory]
    [InlineData("Officials in Kenya said the aid had arrived on Monday.", "Officials in Kenya")]
    [InlineData("Health experts at the Kenya Medical Institute said the aid had arrived on Monday.", "Health experts at the Kenya Medical Institute")]
    public void GroupPlacedByANameStaysAGroup(string text, string speaker)
    {
        var article = ArticleFixture.WithQuotes(text, ("Kenya", EntityTypes.Gpe), ("Kenya Medical Institute", EntityTypes.Org));
        var quote = OnlyQuote(article);
        Assert.Equal(speaker, quote.SpeakerName);
        Assert.Equal(-1, quote.SpeakerEntityId);
    }

    [Fact]
    public void MessagesFromSomeoneAreTheirsNotAGroups()
    {
        var article = ArticleFixture.WithQuotes("Claims from Mary Stone said the aid had arrived on Monday.", ("Mary Stone", EntityTypes.Person));
        Assert.Equal("Mary Stone", OnlyQuote(article).SpeakerName);
    }

    [Fact]
    public void DefiniteTitleDescriptionIsThePersonJustNamedAsSubject()
    {
        var article = ArticleFixture.WithQuotes(
            "When Mary Stone was asked about it by KRXT’s Lena Park, the former trade adviser said she had not seen the report.",
            ("Mary Stone", EntityTypes.Person), ("Lena Park", EntityTypes.Person), ("KRXT", EntityTypes.Org));
        Assert.Equal("Mary Stone", OnlyQuote(article).SpeakerName);
    }

    [Fact]
    public void DefiniteTitleDescriptionFarFromAnyNameStaysADescription()
    {
        var article = ArticleFixture.WithQuotes(
            "Mary Stone opened the session. The talks went on. Nobody left early. The former national security adviser said the talks had failed.",
            ("Mary Stone", EntityTypes.Person));
        var quote = OnlyQuote(article);
        Assert.Equal("former national security adviser", quote.SpeakerName);
        Assert.Equal(-1, quote.SpeakerEntityId);
    }

    [Theory]
    [InlineData("Winner wrote that she had a private meeting with the director.", "Winner")]
    [InlineData("Evidence suggests that the meeting had been arranged by the director.", null)]
    public void SentenceInitialCommonNounIsANameOnlyBeforeAVerbOnlyPeopleUse(string text, string? speaker)
    {
        // The tagger took the first word for a common noun and the recogniser found no name: "wrote that"
        // is said by someone, so "Winner" is a name; "suggests" is as often said of evidence.
        var article = ArticleFixture.Build(text);
        article.Tokens[0].Pos = Upos.NOUN;
        ArticleFixture.WithQuotes(article);
        Assert.Equal(speaker, article.Quotes.SingleOrDefault()?.SpeakerName);
    }

    [Fact]
    public void AsClauseClosingTheSentenceAttributesWhatPrecedes()
    {
        var article = ArticleFixture.WithQuotes("The plan would cut taxes for most families, as Mary Stone noted.", ("Mary Stone", EntityTypes.Person));
        var quote = OnlyQuote(article);
        Assert.Equal("The plan would cut taxes for most families", article.TextOf(quote.Content).ToString());
        Assert.Equal("Mary Stone", quote.SpeakerName);
    }

    [Theory]
    [InlineData("A rescue team from the coast guard searched the bay on Sunday. The rescuers said the boat had sunk quickly.", "rescue team")]
    [InlineData("A team of geologists from Oslo mapped the valley. The geologists said the glacier had shrunk by half.", "team of geologists")]
    [InlineData("A small research group at the university sampled the river. The scientists said the water was clean.", "small research group")]
    [InlineData("A small research group at the university sampled the river. The team said the water was clean.", "small research group")]
    [InlineData("A team of nurses cared for the girl. The parents said she was recovering well.", "parents")]
    [InlineData("The rescuers said the boat had sunk quickly. A rescue team arrived later.", "rescuers")]
    public void DefiniteGroupDescriptionIsTheGroupTheArticleIntroduced(string text, string speaker)
    {
        var quote = Assert.Single(ArticleFixture.WithQuotes(text).Quotes);
        Assert.Equal(speaker, quote.SpeakerName);
        Assert.Equal(-1, quote.SpeakerEntityId);
    }

    [Theory]
    [InlineData("Norway closed its northern border on Monday. It said the measure would last a week.", "Norway")]
    [InlineData("Norway closed its border after talks with Tromsfisk. It said the measure would last a week.", "Tromsfisk")]
    public void ItIsTheNearestOrganisationElseTheNearestCountry(string text, string speaker)
    {
        var article = ArticleFixture.WithQuotes(text, ("Norway", EntityTypes.Gpe), ("Tromsfisk", EntityTypes.Org));
        Assert.Equal(speaker, ArticleFixture.QuoteOf(article, "the measure would last a week").SpeakerName);
    }
}
