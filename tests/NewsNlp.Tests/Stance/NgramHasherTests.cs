using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class NgramHasherTests
{
    private static List<ulong> CharGrams(string text, ulong salt = 2)
    {
        var hashes = new List<ulong>();
        NgramHasher.AddCharGrams(text, salt, hashes);
        return hashes;
    }

    [Fact]
    public void CaseAndRunsOfSpaceDoNotChangeTheGrams()
    {
        Assert.Equal(CharGrams("Rubio  rejected\tit"), CharGrams("rubio rejected it"));
    }

    [Theory]
    [InlineData("a", 1)]
    [InlineData("abc", 2)]
    [InlineData("abcdef", 5)]
    public void ATextHasOneGramPerFourCharactersWithItsMarkers(string text, int expected)
    {
        Assert.Equal(expected, CharGrams(text).Count);
    }

    [Fact]
    public void DifferentGramsAndSaltsGiveDifferentHashes()
    {
        var grams = CharGrams("abcdefgh");

        Assert.Equal(grams.Count, grams.Distinct().Count());
        Assert.Empty(grams.Intersect(CharGrams("abcdefgh", salt: 5)));
        Assert.NotEqual(CharGrams("abcd"), CharGrams("abce"));
    }
}
