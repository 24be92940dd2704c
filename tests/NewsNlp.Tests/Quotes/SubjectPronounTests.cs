using NewsNlp.Documents;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// A subject pronoun opening a sentence refers to the previous sentence's subject when that is a person,
/// rather than to an earlier speaker; and a description set off before a name ("said the board's chief
/// engineer, Lena Varo") is that person speaking. Sentences written for these tests.
/// </summary>
public class SubjectPronounTests
{
    private const string Person = EntityTypes.Person;

    [Fact]
    public void PronounOpeningASentenceIsThePreviousSubject()
    {
        var article = ArticleFixture.WithQuotes(
            "Mayor Clara Voss said the plan was final. Ward member Nils Arvo voted against it. He argued that the park would be lost.",
            ("Clara Voss", Person), ("Nils Arvo", Person));
        Assert.Equal("Nils Arvo", ArticleFixture.QuoteOf(article, "the park would be lost").SpeakerName);
    }

    [Theory]
    [InlineData("Mayor Clara Voss said the plan was final. Nils Arvo voted against it, as he had promised. She argued that the park would be saved.", "Clara Voss")]
    [InlineData("Mayor Carl Voss said the plan was final. Reporters met Nils Arvo later. He argued that the park would be saved.", "Carl Voss")]
    [InlineData("Mayor Carl Voss said the plan was final. Nils Arvo voted no, and later he argued that the park would be saved.", "Nils Arvo")]
    public void OtherwiseThePronounKeepsTheEarlierRules(string text, string speaker)
    {
        // A pronoun of the other gender, a person named as an object, a pronoun inside its sentence.
        var article = ArticleFixture.WithQuotes(text, ("Clara Voss", Person), ("Carl Voss", Person), ("Nils Arvo", Person));
        Assert.Equal(speaker, ArticleFixture.QuoteOf(article, "the park would be saved").SpeakerName);
    }

    [Fact]
    public void DescriptionBeforeANameSpeaksAsThatPerson()
    {
        var article = ArticleFixture.WithQuotes(
            "“The quay is safe,” said the port board’s chief engineer, Dr. Lena Varo.", ("Lena Varo", Person));
        var quote = ArticleFixture.QuoteOf(article, "The quay is safe");
        Assert.Equal("Lena Varo", quote.SpeakerName);
        Assert.Equal(article.Entities.Single(e => e.Name == "Lena Varo").Id, quote.SpeakerEntityId);
    }
}
