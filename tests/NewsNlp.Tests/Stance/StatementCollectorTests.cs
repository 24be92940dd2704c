using NewsNlp.Documents;
using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class StatementCollectorTests
{
    [Theory]
    [InlineData("Rubio rejected the plan.", "Rubio", "rejected")]
    [InlineData("Putin has also signaled a willingness to talk.", "Putin", "signaled")]
    [InlineData("Ursula von der Leyen, speaking in Brussels, welcomed the offer.", "Ursula von der Leyen", "welcomed")]
    public void FindsThePredicateOfTheSubject(string text, string subject, string verb)
    {
        var from = text.IndexOf(subject, StringComparison.Ordinal) + subject.Length;

        var at = StatementCollector.FindPredicate(text, from, text.Length);

        Assert.Equal(text.IndexOf(verb, StringComparison.Ordinal), at);
    }

    [Theory]
    [InlineData("Ursula von der Leyen, speaking alongside Volodymyr Zelenskyy in Brussels, welcomed the offer.", "Volodymyr Zelenskyy")]
    [InlineData("Rubio met the press and later rejected the plan.", "Rubio")]
    [InlineData("Rubio said the plan was welcomed.", "Rubio")]
    public void IgnoresPredicatesThatAreNotTheMentionsOwn(string text, string mention)
    {
        var from = text.IndexOf(mention, StringComparison.Ordinal) + mention.Length;

        Assert.Equal(-1, StatementCollector.FindPredicate(text, from, text.Length));
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
