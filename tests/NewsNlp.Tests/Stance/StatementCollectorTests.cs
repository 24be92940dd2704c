using NewsNlp.Documents;
using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class StatementCollectorTests
{
    // The predicate found for the mention of `subject` (its first occurrence) up to the end of the text.
    private static TextSpan? PredicateAfter(string text, string subject)
        => StatementCollector.FindPredicate(text, text.IndexOf(subject, StringComparison.Ordinal) + subject.Length, text.Length);

    [Theory]
    [InlineData("Rubio rejected the plan.", "Rubio", "rejected")]
    [InlineData("Putin has also signaled a willingness to talk.", "Putin", "signaled")]
    [InlineData("Ursula von der Leyen, speaking in Brussels, welcomed the offer.", "Ursula von der Leyen", "welcomed")]
    [InlineData("Alderman Jo Pike voted against the harbour levy.", "Jo Pike", "voted")]
    [InlineData("Senator Ada Quist (D-Ore.) urged the board to drop the fee.", "Ada Quist", "urged")]
    [InlineData("Mr. Holm and Ms. Varga condemned the new tariff.", "Holm", "condemned")]
    [InlineData("Mr. Holm and Ms. Varga condemned the new tariff.", "Varga", "condemned")]
    [InlineData("Dale Ferris and Tom K. Ruud, the party's two whips, both strongly opposed the merger.", "Dale Ferris", "opposed")]
    [InlineData("Ida Brandt, R-Tex., who has chaired the panel since May, backed the levy.", "Ida Brandt", "backed")]
    [InlineData("Pia Lund accused the mayor of hiding the audit.", "Pia Lund", "accused")]
    public void FindsThePredicateOfTheSubject(string text, string subject, string verb)
        => Assert.Equal(new TextSpan(text.IndexOf(verb, StringComparison.Ordinal), text.Length), PredicateAfter(text, subject));

    [Theory]
    [InlineData("Leaders of Norway, Chile, and Peru agreed on the quota.", "Chile")]
    [InlineData("Ida Brandt, the chair, a former judge, the author of the rule, backed the levy.", "Ida Brandt")]
    [InlineData("Dale Ferris and the other whips opposed the merger.", "Dale Ferris")]
    public void AListItemOrMoreThanTwoAsidesIsNotTheSubjectOfTheVerb(string text, string mention)
        => Assert.Null(PredicateAfter(text, mention));

    [Theory]
    [InlineData("Ursula von der Leyen, speaking alongside Volodymyr Zelenskyy in Brussels, welcomed the offer.", "Volodymyr Zelenskyy")]
    [InlineData("Rubio met the press and later rejected the plan.", "Rubio")]
    [InlineData("Rubio said the plan was welcomed.", "Rubio")]
    public void IgnoresPredicatesThatAreNotTheMentionsOwn(string text, string mention)
        => Assert.Null(PredicateAfter(text, mention));

    [Theory]
    [InlineData("Councillor Ana Ruiz, who proposed the tram plan, said it would cut traffic.", "Ana Ruiz", "proposed the tram plan")]
    [InlineData("The dockers' union, which has also opposed the cranes, met on Friday.", "union", "opposed the cranes")]
    public void FindsThePredicateOfARelativeClauseAboutTheSubject(string text, string subject, string clause)
    {
        var span = PredicateAfter(text, subject);

        Assert.NotNull(span);
        Assert.Equal(clause, text[span.Value.Start..span.Value.End]);
    }

    [Theory]
    [InlineData("Ana Ruiz, who spoke after the vote, said little.", "Ana Ruiz")]
    [InlineData("Ana Ruiz, the mayor, said the council backed the plan.", "Ana Ruiz")]
    public void AnAsideWithoutItsOwnStanceVerbGivesNoPredicate(string text, string subject)
        => Assert.Null(PredicateAfter(text, subject));

    [Fact]
    public void AnIndirectQuoteIsReadWithItsSpeakerAndVerbWhileADirectQuoteIsItsOwnWords()
    {
        var article = StanceFixtures.Article(
            "t",
            ["Mayor Lena Holt said the bridge would open in May.", "\u201cWe are proud of it,\u201d said Tom Berg."],
            "Lena Holt", "Tom Berg");
        var indirect = StanceFixtures.Quote(article, 0, QuoteKind.Indirect, "the bridge would open in May", speaker: 0);
        indirect.SpeakerSpan = Find(article, "Lena Holt");
        indirect.Cue = Find(article, "said");
        article.Quotes.Add(indirect);
        article.Quotes.Add(StanceFixtures.Quote(article, 1, QuoteKind.Direct, "We are proud of it,", speaker: 1));

        var statements = StatementCollector.Collect(article);

        Assert.Equal("Mayor Lena Holt said the bridge would open in May.", article.TextOf(statements.Single(s => s.EntityId == 0).Span).ToString());
        Assert.Equal("We are proud of it,", article.TextOf(statements.Single(s => s.EntityId == 1).Span).ToString());
    }

    [Fact]
    public void ANameAfterAPrepositionIsNotTheSubjectOfTheVerb()
    {
        var article = StanceFixtures.Article("t", ["Nurses at the clinic of Dunmore voted to end the walkout.", "Dunmore rejected the offer."], "Dunmore");

        var statements = StatementCollector.Collect(article);

        Assert.Equal("rejected the offer.", article.TextOf(statements.Single().Span).ToString());
    }

    [Fact]
    public void ASpeakerNamedFarFromTheQuoteDoesNotPullInTheSentencesBetween()
    {
        var filler = string.Join(' ', Enumerable.Repeat("The ferry ran late all week and nobody knew why.", 6));
        var article = StanceFixtures.Article("t", ["Lena Holt spoke first.", filler, "She said the bridge would open in May."], "Lena Holt");
        var quote = StanceFixtures.Quote(article, 0, QuoteKind.Indirect, "the bridge would open in May", speaker: 0);
        quote.SpeakerSpan = Find(article, "Lena Holt");
        article.Quotes.Add(quote);

        var span = StatementCollector.WithAttributionSentences(article, quote);

        Assert.Equal("She said the bridge would open in May.", article.TextOf(span).ToString());
    }

    private static TextSpan Find(Article article, string words)
    {
        var at = article.Clean.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(at, at + words.Length);
    }

    [Fact]
    public void APredicateInsideAnothersDirectQuoteIsTheSpeakersNotTheSubjects()
    {
        var article = StanceFixtures.Article(
            "t",
            ["\u201cIt is crucial that America agrees to help,\u201d Zelenskyy said.", "Witkoff said Putin agreed to the guarantees."],
            "America", "Zelenskyy", "Witkoff", "Putin");
        article.Quotes.Add(StanceFixtures.Quote(article, 0, QuoteKind.Direct, "It is crucial that America agrees to help,", speaker: 1));
        article.Quotes.Add(StanceFixtures.Quote(article, 1, QuoteKind.Indirect, "Putin agreed to the guarantees", speaker: 2));

        var statements = StatementCollector.Collect(article);

        Assert.DoesNotContain(statements, s => s.EntityId == 0); // America's "agrees" is Zelenskyy's quote
        Assert.Contains(statements, s => s.EntityId == 3 && s.Source == StatementSource.Predicate); // reported, so Putin's
        Assert.Contains(statements, s => s.EntityId == 1 && s.Source == StatementSource.DirectQuote);
    }
}
