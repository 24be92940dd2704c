using NewsNlp.Documents;
using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class PredicateDirectionTests
{
    private static int DirectionOf(string sentence, string verb)
    {
        var at = sentence.IndexOf(verb, StringComparison.Ordinal);
        return PredicateDirection.Of(sentence, new TextSpan(at, sentence.Length));
    }

    [Theory]
    [InlineData("Russia agreed to consider Article 5-like security guarantees.", "agreed", 1)]
    [InlineData("The EU expressed its willingness to contribute to security guarantees.", "expressed", 1)]
    [InlineData("Moscow rejected any guarantees for Kyiv.", "rejected", -1)]
    [InlineData("The minister voiced concern about the guarantees.", "voiced", -1)]
    [InlineData("Russia has not welcomed the guarantees.", "welcomed", 0)]
    [InlineData("The EU expressed no support for the plan.", "expressed", 0)]
    [InlineData("He called for talks in Geneva next week.", "called", 0)]
    [InlineData("Two aldermen voted against the harbour levy.", "voted", -1)]
    [InlineData("Most members voted for the new ferry timetable.", "voted", 1)]
    [InlineData("The board voted to approve the merger.", "voted", 1)]
    [InlineData("The board voted on Tuesday evening.", "voted", 0)]
    [InlineData("The senator proposed a tax on sugary drinks.", "proposed", 1)]
    public void TheVerbOrItsFirstCueStatesTheSide(string sentence, string verb, int expected) =>
        Assert.Equal(expected, DirectionOf(sentence, verb));

    [Fact]
    public void AStatedSideTipsAnUnsureModelButKeepsTheNeutralShare()
    {
        var unsure = new StanceProbabilities(0.45, 0.50, 0.05);

        var shifted = PredicateDirection.Apply(unsure, 1);

        Assert.Equal("support", shifted.Label);
        Assert.Equal(0.05, shifted.Neutral, 9);
        Assert.Equal(1.0, shifted.Support + shifted.Oppose + shifted.Neutral, 9);
    }

    [Fact]
    public void AConfidentModelIsNotOverruled()
    {
        var confident = new StanceProbabilities(0.05, 0.90, 0.05);

        Assert.Equal("oppose", PredicateDirection.Apply(confident, 1).Label);
        Assert.Equal(confident, PredicateDirection.Apply(confident, 0));
    }
}
