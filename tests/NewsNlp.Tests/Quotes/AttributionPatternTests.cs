using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Stakeholders;

namespace NewsNlp.Tests.Quotes;

/// <summary>Attribution patterns beyond the basic ones: appositives, interruptions, negation, passives, headlines.</summary>
public class AttributionPatternTests
{
    private const string Person = EntityTypes.Person;

    private static Article Run(string text, params (string, string)[] names) => ArticleFixture.WithQuotes(text, names);

    private static Article Run(Article article) => ArticleFixture.WithQuotes(article);

    private static string Describe(Article article) => ArticleFixture.Describe(article);

    private static Quote QuoteOf(Article article, string content) => ArticleFixture.QuoteOf(article, content);

    [Theory]
    [InlineData("Valeska Paris, an Australian woman, has claimed that the church kept her aboard for years.")]
    [InlineData("The former member of the church, Valeska Paris, has claimed that the church kept her aboard for years.")]
    public void SubjectBeforeAnAppositiveIsTheNamedPerson(string text)
    {
        var article = Run(text, ("Valeska Paris", Person));
        Assert.Equal("Valeska Paris", QuoteOf(article, "the church kept her aboard for years").SpeakerName);
    }

    [Theory]
    [InlineData("Lena Park argued that the tax was unfair, and she said the council had ignored her letters.", "the tax was unfair")]
    [InlineData("Lena Park argued that the tax was “plainly unfair,” and she said the council had ignored her letters.", "the tax was “plainly unfair")]
    public void ClauseCoordinatedAfterACommaWithItsOwnReportingVerbIsANewQuote(string text, string first)
    {
        var article = Run(text, ("Lena Park", Person));
        Assert.Equal("Lena Park", QuoteOf(article, first).SpeakerName);
        Assert.Equal("Lena Park", QuoteOf(article, "the council had ignored her letters").SpeakerName);
    }

    [Fact]
    public void SpeakerAfterTheQuotationWithAnAppositiveBeforeTheVerb()
    {
        var article = Run(
            "“Had it happened an hour later it would have been much worse,” Khaled Al-Maeena, editor at the Saudi Gazette, said. “I think the toll would have been higher.”",
            ("Khaled Al-Maeena", Person), ("Saudi Gazette", EntityTypes.Org));
        Assert.Equal("Khaled Al-Maeena", QuoteOf(article, "Had it happened an hour later it would have been much worse").SpeakerName);
        Assert.Equal("Khaled Al-Maeena", QuoteOf(article, "I think the toll would have been higher").SpeakerName);
    }

    [Theory]
    [InlineData("The girls were granted “parole” status after a long wait.")]
    [InlineData("The museum showed a print called “Cowboys and Indians” last year.")]
    public void PassivesAndNamesInQuotationMarksAreNoQuotes(string text)
    {
        var article = Run(text);
        Assert.True(article.Quotes.Count == 0, Describe(article));
    }

    [Fact]
    public void AnAttributionInsideTheSentenceSplitsTheQuote()
    {
        var article = Run("Institutional recipients, said Maurer, are required to exhibit their photographs every ten years.", ("Maurer", Person));
        Assert.Equal("Maurer", QuoteOf(article, "Institutional recipients").SpeakerName);
        Assert.Equal("Maurer", QuoteOf(article, "are required to exhibit their photographs every ten years").SpeakerName);
    }

    [Fact]
    public void AsClauseOpeningTheSentence()
    {
        var article = Run("As Heald told The Huffington Post, surface ozone has dropped partly due to the act.", ("Heald", Person), ("The Huffington Post", EntityTypes.Org));
        var quote = QuoteOf(article, "surface ozone has dropped partly due to the act");
        Assert.Equal("Heald", quote.SpeakerName);
        Assert.Equal("tell", quote.CueLemma);
    }

    [Fact]
    public void NegatedSpeechIsNoQuoteAndAContrastingAttributionStartsANewOne()
    {
        var article = Run(
            "Officials have not said why the team was denied visas, but Ambassador Hamdullah Mohib says there were concerns they would stay.",
            ("Hamdullah Mohib", Person));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("there were concerns they would stay", article.TextOf(quote.Content).ToString());
        Assert.Equal("Hamdullah Mohib", quote.SpeakerName);
    }

    [Fact]
    public void QuotationAfterReportedSpeechInItsParagraphContinuesIt()
    {
        var article = Run(
            "Heald noted the findings show pollution reduction is also important. “Cleaner air would improve yields.”",
            ("Heald", Person));
        Assert.Equal("Heald", QuoteOf(article, "Cleaner air would improve yields").SpeakerName);
    }

    [Fact]
    public void UnnamedSourceKeepsItsDescription()
    {
        var article = Run("Critics were upset, with one poster writing “How can people look at both sides if one side is gone?”");
        Assert.Equal("one poster", QuoteOf(article, "How can people look at both sides if one side is gone?").SpeakerName);
    }

    [Fact]
    public void HeadlineQuotesNobody()
    {
        var text = "Woman claims church imprisoned her for twelve years\nValeska Paris claims the church imprisoned her for twelve years.";
        var article = ArticleFixture.Build(text, ("Valeska Paris", Person));
        article.Blocks.Add(new Block(BlockKind.Heading, 0, text.IndexOf('\n', StringComparison.Ordinal)));
        Run(article);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Valeska Paris", quote.SpeakerName);
    }

    [Fact]
    public void ThatAccordingToXTakesTheClauseAfterTheSource()
    {
        var article = Run(
            "Wikinews has learned that according to an Internet posting on a forum, the website is being attacked by hackers.",
            ("Wikinews", EntityTypes.Org), ("Internet", EntityTypes.Org));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("the website is being attacked by hackers", article.TextOf(quote.Content).ToString());
        Assert.Equal("according to", quote.CueLemma);
    }

    [Fact]
    public void PathologicalInputGivesQuotesNoLongerThanTheirParagraph()
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            builder.Append("Ann Lee, a nurse, said, according to her, that “it is, as X, Y, Z, said, fine\n");
        }

        builder.Append(new string('"', 100_000)).Append('\n').Append(new string('“', 50_000));
        var text = builder.ToString();
        var article = Run(text, ("Ann Lee", Person));
        Assert.NotEmpty(article.Quotes);
        Assert.All(article.Quotes, q => Assert.DoesNotContain('\n', article.TextOf(q.Content).ToString()));
    }

    [Fact]
    public void LexiconHoldsAtLeast150ReportingVerbsInAllTheirForms()
    {
        var lexicon = ReportingLexicon.Default;
        Assert.True(lexicon.VerbLemmaCount >= 150, $"{lexicon.VerbLemmaCount} verb lemmas");
        Assert.True(lexicon.TryGet("cautioned", out var caution) && caution.VerbLemma == "caution");
        Assert.True(lexicon.TryGet("statement", out var statement) && statement.IsNoun);
    }

    [Theory]
    [InlineData("The minister warned on Tuesday the country faced a hard winter, according to state media.", "the country faced a hard winter")]
    [InlineData("Minister Brown told reporters the company had no plans to sell.", "the company had no plans to sell")]
    [InlineData("Minister Brown told Montalvo he would assist him with housing.", "he would assist him with housing")]
    [InlineData("A poll by Minister Brown found only a quarter of citizens favoured a change.", "only a quarter of citizens favoured a change")]
    public void TimeExpressionsAndListenersStayOutOfTheContent(string text, string content)
    {
        var article = Run(text, ("Brown", Person), ("Montalvo", Person));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(content, article.TextOf(quote.Content).ToString());
    }

    [Theory]
    [InlineData("According to the envoy, Russia accepts principles like those of the North Atlantic Treaty Organization (NATO).", "Russia accepts principles like those of the North Atlantic Treaty Organization (NATO)")]
    [InlineData("Minister Brown said the plan was final [sic].", "the plan was final [sic]")]
    [InlineData("Minister Brown said the plan was final (sic)).", "the plan was final (sic)")]
    public void ContentKeepsAClosingBracketItOpened(string text, string content)
    {
        var article = Run(text, ("Brown", Person));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(content, article.TextOf(quote.Content).ToString());
    }

    [Fact]
    public void ParticipleOpeningTheSentenceTakesTheSubjectAfterItsClause()
    {
        var article = Run("Citing strict privacy rules, Minister Brown declined to comment.", ("Brown", Person));
        Assert.Equal("Brown", QuoteOf(article, "strict privacy rules").SpeakerName);
    }

    [Fact]
    public void CoordinatedPartialQuotesShareTheirAttribution()
    {
        var article = Run("Nunzio Galantino has called the sentence “dangerous” (in Italian) and “ideological” in an interview.", ("Nunzio Galantino", Person));
        var second = QuoteOf(article, "ideological");
        Assert.Equal(QuoteKind.Partial, second.Kind);
        Assert.Equal("Nunzio Galantino", second.SpeakerName);
    }

    [Fact]
    public void SpeakerNameOneTypoFromAPersonsSurnameIsThatPerson()
    {
        var article = Run("K.C. Maurer runs the foundation. Institutional recipients, said Mauer, are required to exhibit their photographs.", ("K.C. Maurer", Person));
        Assert.Equal("K.C. Maurer", QuoteOf(article, "are required to exhibit their photographs").SpeakerName);
    }

    [Fact]
    public void AQuotationAfterACommaKeepsItsVerbWhenTheSplitterCutBeforeTheMark()
    {
        var article = ArticleFixture.Build("Professor Marc Lamont Hill commented, “Hoping that the movement becomes a national conversation.”", ("Marc Lamont Hill", Person));
        // A splitter that started a sentence at the quotation mark.
        var mark = Array.FindIndex(article.Tokens, t => article.Clean[t.Start] == '“');
        var last = article.Tokens.Length - 1;
        article.Sentences.Clear();
        article.Sentences.Add(new Sentence(0, article.Tokens[mark - 1].End, 0, mark));
        article.Sentences.Add(new Sentence(article.Tokens[mark].Start, article.Tokens[last].End, mark, last + 1 - mark));

        Assert.Equal("Marc Lamont Hill", QuoteOf(Run(article), "Hoping that the movement becomes a national conversation").SpeakerName);
    }

    [Fact]
    public void APersonOfAnOrganisationIsTheSpeaker()
    {
        var article = Run(
            "Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict: “Scientology vs. the Internet, part XVII”.",
            ("Matthew Ingram", Person), ("The Globe and Mail", EntityTypes.Org));
        Assert.Equal("Matthew Ingram", QuoteOf(article, "Scientology vs. the Internet, part XVII").SpeakerName);
    }

    [Fact]
    public void ATitleAfterAPlacePrepositionIsNoQuote()
    {
        var article = Run("Microsoft says on “The Internet Explorer 6 Countdown”.", ("Microsoft", EntityTypes.Org));
        Assert.True(article.Quotes.Count == 0, Describe(article));
    }

    [Fact]
    public void TheAuthorOfAPostSpeaks()
    {
        var article = Run("“Someone emailed me earlier today about a new tool,” said the message by an unknown author on pigmy.");
        Assert.Equal("unknown author", QuoteOf(article, "Someone emailed me earlier today about a new tool").SpeakerName);
    }

    [Fact]
    public void APronounPrefersAPersonWhoReportedSomethingSinceTheLastQuote()
    {
        var article = Run(
            "Hilary Braysmith said, “His photographs are influential.” Kristen Wilkins agreed. She explained how the camera revealed his process.",
            ("Hilary Braysmith", Person), ("Kristen Wilkins", Person));
        Assert.Equal("Kristen Wilkins", QuoteOf(article, "how the camera revealed his process").SpeakerName);
    }

    [Fact]
    public void TheCityIsTheMunicipalityNamedBefore()
    {
        var article = Run(
            "The request was advanced by the Municipality of Livorno in 2010. The city reasoned that the schools run a commercial activity.",
            ("Municipality of Livorno", EntityTypes.Org));
        Assert.Equal("Municipality of Livorno", QuoteOf(article, "the schools run a commercial activity").SpeakerName);
    }

    [Fact]
    public void APronounPrefersThePersonOpeningTheSentenceBefore()
    {
        var article = Run(
            "Robert Smith said the bill would pass next week. Mary Jones arrived late on Tuesday. “It is a disaster,” she said.",
            ("Robert Smith", Person), ("Mary Jones", Person));
        Assert.Equal("Mary Jones", QuoteOf(article, "It is a disaster").SpeakerName);
    }

    [Fact]
    public void AccordingToASourceWithAPrepositionalPhrase()
    {
        var article = Run("According to officials at the Pentagon, the strike killed twelve people.", ("Pentagon", EntityTypes.Org));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("the strike killed twelve people", article.TextOf(quote.Content).ToString());
        Assert.Equal("officials at the Pentagon", article.TextOf(quote.SpeakerSpan!.Value).ToString());
    }

    [Fact]
    public void ANameInAnAppositiveAfterADescriptionIsTheSpeaker()
    {
        var article = Run("“This is unacceptable,” the union's president, Carla Ruiz, said in a statement.", ("Carla Ruiz", Person));
        Assert.Equal("Carla Ruiz", QuoteOf(article, "This is unacceptable").SpeakerName);
    }

    [Fact]
    public void AParticipleBorrowsTheSubjectOfTheFiniteReportingVerb()
    {
        var article = Run(
            "The US State Department has confirmed the visit but refrained from commenting on the alleged agreement, citing the sensitivity of the negotiations.",
            ("US State Department", EntityTypes.Org));
        Assert.Equal("US State Department", QuoteOf(article, "the sensitivity of the negotiations").SpeakerName);
    }
}
