using NewsNlp.Documents;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Speakers whose name the recogniser missed, found from the tagger's proper nouns: a pronoun whose only
/// candidate is an unrecognised subject name, and names that are also auxiliaries ("May", "Will"). Sentences
/// written for these tests.
/// </summary>
public class UnrecognisedNameTests
{
    /// <summary>The fixture article with the given words tagged as proper nouns, as the tagger would, and no mention.</summary>
    private static Article WithProperNouns(string text, params string[] names)
    {
        var article = ArticleFixture.Build(text);
        for (var t = 0; t < article.Tokens.Length; t++)
        {
            if (names.Contains(article.TokenText(t).ToString()))
            {
                article.Tokens[t].Pos = Upos.PROPN;
            }
        }

        return ArticleFixture.WithQuotes(article);
    }

    [Theory]
    [InlineData("Asked why Hollis keeps citing the old figure, she said the figure was still correct.", "Hollis")]
    [InlineData("Were you surprised that Dora Hollis, or anyone near her, defended it when she said the figure was still correct?", "Dora Hollis")]
    public void PronounWithNoRecognisedPersonIsTheUnrecognisedSubjectBeforeIt(string text, string speaker)
    {
        var article = WithProperNouns(text, "Hollis", "Dora");
        Assert.Equal(speaker, ArticleFixture.QuoteOf(article, "the figure was still correct").SpeakerName);
    }

    [Theory]
    [InlineData("After the board thanked Hollis, she said the figure was still correct.")]
    [InlineData("“Hollis has the figure wrong,” she said.")]
    public void ObjectsAndNamesInsideQuotationsAreNoAntecedent(string text)
    {
        var article = WithProperNouns(text, "Hollis");
        Assert.NotEmpty(article.Quotes);
        Assert.All(article.Quotes, q => Assert.Equal(string.Empty, q.SpeakerName));
    }

    [Theory]
    [InlineData("May said that the bridge would stay closed until spring.", "May")]
    [InlineData("Will Hart said that the bridge would stay closed until spring.", "Will Hart")]
    public void NameThatIsAlsoAnAuxiliaryIsTheSubject(string text, string speaker)
    {
        var article = WithProperNouns(text, "May", "Will", "Hart");
        Assert.Equal(speaker, ArticleFixture.QuoteOf(article, "the bridge would stay closed until spring").SpeakerName);
    }
}
