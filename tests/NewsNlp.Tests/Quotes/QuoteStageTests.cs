using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Stakeholders;

namespace NewsNlp.Tests.Quotes;

public class QuoteStageTests
{
    private const string Person = EntityTypes.Person;

    private static Article Run(string text, params (string, string)[] names) => ArticleFixture.WithQuotes(text, names);

    private static Quote QuoteOf(Article article, string content)
    {
        var found = article.Quotes.Where(q => article.TextOf(q.Content).SequenceEqual(content)).ToList();
        Assert.True(found.Count == 1, $"'{content}' not found once among: " + string.Join(" | ", article.Quotes.Select(q => $"{q.Kind} [{article.TextOf(q.Content)}] {q.SpeakerName}")));
        return found[0];
    }

    [Fact]
    public void DirectQuoteWithSpeakerAfterAndContinuation()
    {
        var article = Run(
            "Volodymyr Zelenskyy spoke in Brussels.\n“It is indeed crucial that America agrees to help,” Zelenskyy stated. “But there are no details how it will work.”",
            ("Volodymyr Zelenskyy", Person), ("Zelenskyy", Person), ("America", EntityTypes.Gpe));

        var first = QuoteOf(article, "It is indeed crucial that America agrees to help");
        Assert.Equal(QuoteKind.Direct, first.Kind);
        Assert.Equal("Volodymyr Zelenskyy", first.SpeakerName);
        Assert.Equal("state", first.CueLemma);
        var second = QuoteOf(article, "But there are no details how it will work");
        Assert.Equal(first.SpeakerEntityId, second.SpeakerEntityId);
    }

    [Theory]
    [InlineData("“We will win the match,” said Coach Bolden to the crowd.")]
    [InlineData("Coach Bolden said: “We will win the match.”")]
    [InlineData("\"We will win the match,\" Coach Bolden told reporters.")]
    [InlineData("«We will win the match» — Coach Bolden")]
    public void SpeakerPatternsAroundDirectQuotes(string text)
    {
        var article = Run(text, ("Bolden", Person));
        var quote = Assert.Single(article.Quotes);
        Assert.StartsWith("We will win the match", article.TextOf(quote.Content).ToString(), StringComparison.Ordinal);
        Assert.Equal("Bolden", quote.SpeakerName);
    }

    [Fact]
    public void PronounSpeakerIsTheNearestEarlierSpeaker()
    {
        var article = Run(
            "Professor Eastman said the levels were low. “Pregnant women are getting half of what they need,” he said.",
            ("Eastman", Person));
        var quote = QuoteOf(article, "Pregnant women are getting half of what they need");
        Assert.Equal("Eastman", quote.SpeakerName);
        Assert.Equal("say", quote.CueLemma);
    }

    [Fact]
    public void PartialQuoteInsideReportedSpeech()
    {
        var article = Run(
            "Witkoff described the potential security guarantees as “game-changing,” noting that Russia has also pledged a legislative commitment.",
            ("Witkoff", Person), ("Russia", EntityTypes.Gpe));

        var partial = QuoteOf(article, "game-changing");
        Assert.Equal(QuoteKind.Partial, partial.Kind);
        Assert.Equal("Witkoff", partial.SpeakerName);
        var indirect = QuoteOf(article, "Russia has also pledged a legislative commitment");
        Assert.Equal(QuoteKind.Indirect, indirect.Kind);
        Assert.Equal("Witkoff", indirect.SpeakerName);
        Assert.Equal("note", indirect.CueLemma);
    }

    [Fact]
    public void IndirectSpeechWithThatParticiplesAndPronouns()
    {
        var article = Run(
            "Secretary of State Marco Rubio cautioned that consequences would follow if a ceasefire failed, but emphasized a preference for peace. "
            + "Rubio also tempered expectations, stating that new sanctions were not seen as productive. "
            + "He argued that the best path forward lies in a full peace agreement.",
            ("Marco Rubio", Person), ("Rubio", Person));

        Assert.Equal("Marco Rubio", QuoteOf(article, "consequences would follow if a ceasefire failed").SpeakerName);
        Assert.Equal("Marco Rubio", QuoteOf(article, "new sanctions were not seen as productive").SpeakerName);
        var argued = QuoteOf(article, "the best path forward lies in a full peace agreement");
        Assert.Equal("Marco Rubio", argued.SpeakerName);
        Assert.Equal("argue", argued.CueLemma);
        Assert.All(article.Quotes, q => Assert.Equal(QuoteKind.Indirect, q.Kind));
    }

    [Fact]
    public void DescriptionsAndGroupsAsSpeakers()
    {
        var article = Run(
            "special U.S. envoy Steve Witkoff met officials. The envoy stated that the talks had made progress. "
            + "NATO officials said the alliance remains united. According to the Trump envoy, the discussions centered on a framework.",
            ("Steve Witkoff", Person), ("NATO", EntityTypes.Org), ("Trump", Person));

        Assert.Equal("Steve Witkoff", QuoteOf(article, "the talks had made progress").SpeakerName);
        var group = QuoteOf(article, "the alliance remains united");
        Assert.Equal(-1, group.SpeakerEntityId);
        Assert.Equal("NATO officials", group.SpeakerName);
        var according = QuoteOf(article, "the discussions centered on a framework");
        Assert.Equal("Steve Witkoff", according.SpeakerName);
        Assert.Equal("according to", according.CueLemma);
    }

    [Fact]
    public void MultiParagraphQuoteKeepsItsSpeakerAndNeverCrossesAnUnopenedParagraph()
    {
        var article = Run(
            "“The effects are severe,” Professor Eastman said. “They depend on timing.\n“Children suffer most.”\nAn unclosed “mark here and more words follow in this paragraph\nThe next paragraph has no quotes.",
            ("Eastman", Person));

        Assert.Equal("Eastman", QuoteOf(article, "Children suffer most").SpeakerName);
        Assert.Equal("Eastman", QuoteOf(article, "They depend on timing").SpeakerName);
        Assert.DoesNotContain(article.Quotes, q => article.TextOf(q.Content).Contains('\n') && article.TextOf(q.Content).Contains("next paragraph", StringComparison.Ordinal));
    }

    [Fact]
    public void ApostrophesAndHeadlineQuotesAreNotQuotes()
    {
        var article = Run(
            "Summit Reveals Potential for ‘Game-Changing’ Security arrangements\nO’Brien wasn’t there, and Thomas' sister didn’t go.",
            ("O’Brien", Person));
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void AnAttributedQuotationEndedByItsParagraphIsKeptAStrayMarkIsNot()
    {
        var article = Run(
            "Governor Chris Gregoire said, “The museum put in a tremendous effort.\nImage: NASA.\nA stray “mark opens nothing here.",
            ("Chris Gregoire", Person));

        Assert.Equal("Chris Gregoire", QuoteOf(article, "The museum put in a tremendous effort").SpeakerName);
        Assert.Single(article.Quotes);
    }

    [Fact]
    public void AnUnnamedTitleIsADescriptionNotItsCountry()
    {
        var article = Run("“We are proud of the team,” said the Afghan ambassador.", ("Afghan", EntityTypes.Norp));
        var quote = QuoteOf(article, "We are proud of the team");
        Assert.Equal(-1, quote.SpeakerEntityId);
        Assert.Equal("Afghan ambassador", quote.SpeakerName);
    }

    [Theory]
    [InlineData("Almost half of all primary school children are iodine deficient, researchers say.", "researchers")]
    [InlineData("Almost half of all primary school children are iodine deficient, said the health minister.", "health minister")]
    public void AttributionClosingTheSentence(string text, string speaker)
    {
        var quote = QuoteOf(Run(text), "Almost half of all primary school children are iodine deficient");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.SpeakerName);
        Assert.Equal("say", quote.CueLemma);
    }

    [Fact]
    public void PassiveParticipleClosingTheSentenceIsNoAttribution()
    {
        var article = Run("Montalvo is holding a copy of the book Blown for Good, written by Marc Headley.", ("Montalvo", Person), ("Marc Headley", Person));
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void CountryInstitutionSpeaksAsAGroupNotAsTheCountry()
    {
        var article = Run(
            "The Ukrainian government insisted that any security guarantees must be legally binding.",
            ("Ukrainian", EntityTypes.Norp));
        var quote = QuoteOf(article, "any security guarantees must be legally binding");
        Assert.Equal(-1, quote.SpeakerEntityId);
        Assert.Equal("Ukrainian government", quote.SpeakerName);
    }

    [Fact]
    public void AcronymSpeakerTakesTheFullNameTheArticleDefines()
    {
        var article = Run(
            "North Korea's news agency Korean Central News Agency (KCNA) reported the shelling. “Provocation deserves harsh punishment,” said KCNA.",
            ("KCNA", EntityTypes.Org));
        var quote = QuoteOf(article, "Provocation deserves harsh punishment");
        Assert.Equal("Korean Central News Agency", quote.SpeakerName);
    }

    [Fact]
    public void BareClauseWhoseSubjectHasAPrepositionalModifier()
    {
        var article = Run("Memon said the large amount of feedback for Mohamed had helped him.", ("Memon", Person), ("Mohamed", Person));
        var quote = QuoteOf(article, "the large amount of feedback for Mohamed had helped him");
        Assert.Equal("Memon", quote.SpeakerName);
    }

    [Fact]
    public void InfinitiveAfterTheObjectIsNoBareClause()
    {
        var article = Run("Russia has indicated a willingness to consider the proposal.", ("Russia", EntityTypes.Gpe));
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void TheyWithoutAnEarlierSpeakerIsTheNearestOrganisation()
    {
        var article = Run(
            "Paris spent twelve years aboard a ship run by the Church of Scientology. They said that Paris was a volunteer on the ship.",
            ("Church of Scientology", EntityTypes.Org), ("Paris", Person));
        var quote = QuoteOf(article, "Paris was a volunteer on the ship");
        Assert.Equal("Church of Scientology", quote.SpeakerName);
    }
}
