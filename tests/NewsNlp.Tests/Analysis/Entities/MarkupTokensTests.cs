using NewsNlp.Analysis.Entities;
using NewsNlp.Documents;

namespace NewsNlp.Tests.Analysis.Entities;

public class MarkupTokensTests
{
    private static Token[] Tokens(string text)
    {
        var tokens = new List<Token>();
        var at = 0;
        foreach (var word in text.Split(' '))
        {
            tokens.Add(new Token(at, at + word.Length));
            at += word.Length + 1;
        }

        return [.. tokens];
    }

    [Fact]
    public void EmphasisAndHeadingMarksAreLeftOut()
    {
        const string text = "# * Port Elwin , 3 March ** _ ~~ 2026 *";
        Token[]? buffer = null;
        var kept = MarkupTokens.Without(text, Tokens(text), ref buffer);
        Assert.Equal(["Port", "Elwin", ",", "3", "March", "2026"], kept.ToArray().Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void TokensWithoutMarksAreReturnedAsTheyAre()
    {
        const string text = "A #1 hit by C*ntrol and snake_case";
        var tokens = Tokens(text);
        Token[]? buffer = null;
        var kept = MarkupTokens.Without(text, tokens, ref buffer);
        Assert.Equal(tokens.Length, kept.Length);
        Assert.Null(buffer);
    }
}
