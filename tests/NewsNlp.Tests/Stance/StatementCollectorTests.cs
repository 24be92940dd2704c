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
}
