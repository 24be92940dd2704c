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
    public void ASharedWordIsTheLastResortAndOnlyBetweenProperNames()
    {
        var article = StanceFixtures.Article("t", ["Judge Tom Varga and the Varga campaign said so."], "Judge Tom Varga", "Varga campaign");

        var loose = StakeholderNameMatch.Candidates(article, "Tom Varga Sr.").Single();

        Assert.Equal(NameMatchKind.SharedWord, loose.Kind);
        Assert.Equal("Judge Tom Varga", Assert.Single(loose.Entities).Name);
        Assert.Empty(StakeholderNameMatch.Candidates(article, "Varga's lawyers"));
        Assert.Empty(StakeholderNameMatch.Candidates(article, "Ben Moss"));
    }

    [Theory]
    [InlineData("Ursula von der Leyen", true)]
    [InlineData("Kentuckian McConnell", true)]
    [InlineData("Sanders supporters", false)]
    [InlineData("Obama's spokesman", false)]
    public void AProperNameIsCapitalisedWordsWithoutAPossessive(string name, bool expected) =>
        Assert.Equal(expected, StakeholderNameMatch.IsProperName(name));
}
