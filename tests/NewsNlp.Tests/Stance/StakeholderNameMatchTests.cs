using NewsNlp.Documents;
using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class StakeholderNameMatchTests
{
    [Theory]
    [InlineData("the Harbour Board", "harbour board")]
    [InlineData("Mayor Ida Lund's", "ida lund")]
    [InlineData("Mr.  Ben   Moss", "ben moss")]
    [InlineData("President", "president")]
    public void NormalisingDropsTitlesTheAndPossessives(string name, string expected) =>
        Assert.Equal(expected, StakeholderNameMatch.Normalise(name));

    [Fact]
    public void AnExactNameComesBeforeAnEntitySharingOnlyAWord()
    {
        var article = StanceFixtures.Article("t", ["Tom Varga Jr. met Tom Varga."], "Tom Varga Jr.", "Tom Varga");

        var first = StakeholderNameMatch.Candidates(article, "Tom Varga").First();

        Assert.Equal(NameMatchKind.Exact, first.Kind);
        Assert.Equal("Tom Varga", Assert.Single(first.Entities).Name);
    }

    [Fact]
    public void ASurnameMatchesTheEntityWhoseMentionReadsSo()
    {
        var article = StanceFixtures.Article("t", ["Ida Lund spoke.", "Lund left."], "Ida Lund");
        article.Mentions.Add(new Mention { Start = 16, End = 20, Type = EntityTypes.Person, EntityId = 0 });

        var first = StakeholderNameMatch.Candidates(article, "Lund").First();

        Assert.Equal(NameMatchKind.Mention, first.Kind);
        Assert.Equal("Ida Lund", Assert.Single(first.Entities).Name);
    }

    [Fact]
    public void ASharedWordIsTheLastResortAndNoWordNoCandidate()
    {
        var article = StanceFixtures.Article("t", ["The Varga campaign said so."], "Varga campaign");

        Assert.Equal(NameMatchKind.SharedWord, StakeholderNameMatch.Candidates(article, "Tom Varga").Single().Kind);
        Assert.Empty(StakeholderNameMatch.Candidates(article, "Ben Moss"));
    }
}
