using NewsNlp.Documents;
using NewsNlp.Repair;

namespace NewsNlp.Tests.Repair;

public class RuleRepairTests
{
    private static readonly RepairStage Stage = RepairFixtures.RulesOnly();

    [Theory]
    [InlineData("Ukraine,Trump said", "Ukraine, Trump said")]
    [InlineData("guarantees.She affirmed", "guarantees. She affirmed")]
    [InlineData("today,August 17,2025,with claims", "today, August 17, 2025, with claims")]
    [InlineData("Really?Yes.", "Really? Yes.")]
    [InlineData("one;two", "one; two")]
    [InlineData("Note:this", "Note: this")]
    [InlineData("Mr.Trump spoke", "Mr. Trump spoke")]
    [InlineData("U.S.stocks fell", "U.S. stocks fell")]
    [InlineData("in 2014.The", "in 2014. The")]
    [InlineData("willing.”She said", "willing.” She said")]
    [InlineData("it was hard today.I think so", "it was hard today. I think so")]
    [InlineData("what was needed.A car came", "what was needed. A car came")]
    [InlineData("see the link,http://example.com/page for more", "see the link, http://example.com/page for more")]
    [InlineData("Email:jo@example.com today", "Email: jo@example.com today")]
    [InlineData("server:irc.example.net tonight", "server: irc.example.net tonight")]
    [InlineData("officially censuring Mr.Trump.", "officially censuring Mr. Trump.")]
    [InlineData("the group moveon.org.Howard Dean ran", "the group moveon.org. Howard Dean ran")]
    public void MissingSpacesAreInserted(string raw, string expected)
        => Assert.Equal(expected, RepairFixtures.Repair(Stage, raw).Clean);

    [Theory]
    [InlineData("a U.S. envoy")]
    [InlineData("e.g. this, i.e. that")]
    [InlineData("at 10 a.m. today")]
    [InlineData("J.R.R. Tolkien")]
    [InlineData("grew 3.5 percent")]
    [InlineData("1,000,000 people")]
    [InlineData("at 10:30 today")]
    [InlineData("see https://www.cfr.org/,then")]
    [InlineData("mail info@example.com,please")]
    [InlineData("write to mailto:jo@example.com now")]
    [InlineData("a Ph.D. in physics")]
    [InlineData("visit www.cfr.org today")]
    [InlineData("visit cfr.org today")]
    [InlineData("wait... and see")]
    [InlineData("the pair (a,b) is ordered")]
    [InlineData("the list [x;y] is short")]
    [InlineData("ASP.NET is a framework")]
    [InlineData("“Coalition of the willing,” including")]
    [InlineData("Groups: alt.animals.cat, talk.politics.animals")]
    [InlineData("Posted via Newsfeeds.Com, Uncensored")]
    public void ProtectedTextIsLeftAlone(string raw)
        => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Theory]
    [InlineData("It isnâ€™t", "It isn’t")]
    [InlineData("cafÃ© au lait", "café au lait")]
    [InlineData("Tom &amp; Jerry &quot;live&quot;", "Tom & Jerry \"live\"")]
    [InlineData("it&#8217;s", "it’s")]
    [InlineData("cafe\u0301", "café")]
    public void EncodingDamageIsReversed(string raw, string expected)
    {
        var article = RepairFixtures.Repair(Stage, raw);
        Assert.Equal(expected, article.Clean);
        Assert.All(article.Edits, e => Assert.Equal(EditKind.Encoding, e.Kind));
    }

    [Theory]
    [InlineData("“Quoted,” she said. It’s ‘fine’.")]
    [InlineData("Zürich and Kraków")]
    public void CorrectUnicodeIsKept(string raw) => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Fact]
    public void InvisibleCharactersAndDoubledSpacesAreRemoved()
    {
        var article = RepairFixtures.Repair(Stage, "Some\u200B text  with   gaps. \nNext");
        Assert.Equal("Some text with gaps.\nNext", article.Clean);
        Assert.All(article.Edits, e => Assert.Equal(EditKind.Whitespace, e.Kind));
    }

    [Fact]
    public void BoilerplateLinesAreRemovedAndParagraphsKept()
    {
        var raw = string.Join('\n',
            "A Title For The Story",
            "Table of Contents",
            "- 1. First Part",
            "- 2. Second Part",
            "The first paragraph tells the news.",
            "Pro Tip: Read more sources.",
            "Did You Know? Cats sleep a lot.",
            "Share this article with your friends",
            "Subscribe to our newsletter for updates.",
            "What are your thoughts on the plan? Let us know.",
            "The second paragraph adds details.");
        var article = RepairFixtures.Repair(Stage, raw);
        Assert.Equal("A Title For The Story\nThe first paragraph tells the news.\nThe second paragraph adds details.", article.Clean);
        Assert.Equal(["toc", "toc", "toc", "pro-tip", "did-you-know", "share-subscribe", "share-subscribe", "reader-question"], article.Edits.Select(e => e.Rule));
    }

    [Fact]
    public void OrphanPromptQuestionBeforeAHeadingIsRemoved()
    {
        var raw = "Intro paragraph here.\nWhat are the benefits of this agreement for the region and its people?\nNext Section About Results\nBody text.";
        var article = RepairFixtures.Repair(Stage, raw);
        Assert.Equal("Intro paragraph here.\nNext Section About Results\nBody text.", article.Clean);
        Assert.Equal("orphan-prompt", Assert.Single(article.Edits).Rule);
    }

    [Fact]
    public void ALongQuestionEndingTheTextIsKept()
    {
        const string raw = "He accused the mayor of fraud.\nNow would the press’s join-the-dots habit move into a higher gear if a fan who disliked the council started shouting at a school board meeting?";
        Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);
    }

    [Fact]
    public void ARelatedHeadlineRunIntoTheArticleTextIsKept()
    {
        const string raw = "Related: Several Open Questions Remain After the Harbour Fire He told investigators during the long interview that he admired the owner of the firm, as well as the brothers who ran the warehouse.";
        Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);
        Assert.Equal("Intro.\n", RepairFixtures.Repair(Stage, "Intro.\nRelated: Several Vexing Questions Remain\n").Clean);
    }

    [Fact]
    public void ATextThatIsOnlyAQuestionIsKept()
    {
        const string raw = "So why does the governor refuse to acknowledge that high taxes have been chasing people away?";
        Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);
    }

    [Fact]
    public void ExactAndNearDuplicateParagraphsAreCollapsed()
    {
        var paragraph = "The ministers agreed on a new plan to rebuild the bridges and roads of the region by next year.";
        var near = "The ministers agreed on a new plan to rebuild the bridges and roads of the region by next year, officials said.";
        var raw = $"{paragraph}\nSomething else entirely happened today in the city.\n{paragraph}\n{near}";
        var article = RepairFixtures.Repair(Stage, raw);
        Assert.Equal($"{paragraph}\nSomething else entirely happened today in the city.", article.Clean);
        Assert.Equal(["exact-duplicate", "near-duplicate"], article.Edits.Select(e => e.Rule));
        Assert.All(article.Edits, e => Assert.Equal(EditKind.Duplicate, e.Kind));
    }

    [Fact]
    public void EachRepairCanBeSwitchedOff()
    {
        var raw = "Pro Tip: x\nIt isnâ€™t here,they said.";
        var none = RepairFixtures.RulesOnly(new RepairOptions { Encoding = false, Whitespace = false, Boilerplate = false, Duplicates = false, Spacing = false });
        Assert.Equal(raw, RepairFixtures.Repair(none, raw).Clean);
        var strict = RepairFixtures.RulesOnly(new RepairOptions { MinConfidence = 0.999 });
        Assert.Equal(raw, RepairFixtures.Repair(strict, raw).Clean);
    }
}
