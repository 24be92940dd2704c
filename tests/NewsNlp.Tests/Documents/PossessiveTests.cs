using NewsNlp.Documents;

namespace NewsNlp.Tests.Documents;

public class PossessiveTests
{
    [Theory]
    [InlineData("Ukraine’s", "Ukraine")]
    [InlineData("Monday's", "Monday")]
    [InlineData("NATO'S", "NATO")]
    [InlineData("’s", "’s")]
    [InlineData("Kansas", "Kansas")]
    [InlineData("boys’", "boys’")]
    [InlineData("", "")]
    public void StripsOnlyATrailingApostropheS(string word, string expected) =>
        Assert.Equal(expected, Possessive.Strip(word).ToString());
}
