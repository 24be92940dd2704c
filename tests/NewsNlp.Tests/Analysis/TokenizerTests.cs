using NewsNlp.Analysis.Tokenization;

namespace NewsNlp.Tests.Analysis;

public class TokenizerTests
{
    private static string Tokens(string text) =>
        string.Join("|", Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]));

    [Theory]
    [InlineData("According to a U.S. envoy", "According|to|a|U.S.|envoy")]
    [InlineData("akin to NATO’s Article 5 mandate", "akin|to|NATO|’s|Article|5|mandate")]
    [InlineData("if a ceasefire wasn’t achieved", "if|a|ceasefire|was|n’t|achieved")]
    [InlineData("I'm sure they can't", "I|'m|sure|they|ca|n't")]
    [InlineData("We cannot, we're gonna", "We|can|not|,|we|'re|gon|na")]
    [InlineData("don`t", "do|n`t")]
    [InlineData("(https://www.cfr.org/) and", "(|https://www.cfr.org/|)|and")]
    [InlineData("see www.un.org.", "see|www.un.org|.")]
    [InlineData("write to john.smith@example.com today", "write|to|john.smith@example.com|today")]
    [InlineData("founded in 1994.", "founded|in|1994|.")]
    [InlineData("at 10:30 on 8/17/2025", "at|10:30|on|8/17/2025")]
    [InlineData("rose 3.5% to $1,000", "rose|3.5|%|to|$|1,000")]
    [InlineData("August 11,2000", "August|11|,|2000")]
    [InlineData("an e-mail to co-workers", "an|e-mail|to|co-workers")]
    [InlineData("NATO-style Game-Changing", "NATO|-|style|Game|-|Changing")]
    [InlineData("a 5-3 vote; call 713-853-3989", "a|5|-|3|vote|;|call|713-853-3989")]
    [InlineData("on 01-Feb-02", "on|01-Feb-02")]
    [InlineData("“It is crucial,” Zelenskyy stated. “But …”", "“|It|is|crucial|,|”|Zelenskyy|stated|.|“|But|…|”")]
    [InlineData("Mr. Smith and Dr. Jones", "Mr.|Smith|and|Dr.|Jones")]
    [InlineData("No. 5 but no.", "No.|5|but|no|.")]
    [InlineData("Wait... what?!", "Wait|...|what|?!")]
    [InlineData("guarantees.She affirmed", "guarantees|.|She|affirmed")]
    [InlineData("stability,as outlined", "stability|,|as|outlined")]
    [InlineData("the parents' house", "the|parents|'|house")]
    [InlineData("in the 1990s and '67", "in|the|1990s|and|'67")]
    [InlineData("the 80's", "the|80's")]
    [InlineData("O'Brien — and – then", "O'Brien|—|and|–|then")]
    [InlineData("a 375mm shell, 24hrs, 4th", "a|375|mm|shell|,|24|hrs|,|4th")]
    [InlineData("$5b at 60Hz over 3G", "$|5|b|at|60|Hz|over|3G")]
    [InlineData("AT&T and R&D", "AT&T|and|R&D")]
    [InlineData("great :) thanks", "great|:)|thanks")]
    [InlineData("‘Game-Changing’ arrangements", "‘|Game|-|Changing|’|arrangements")]
    [InlineData("Email: franz371...@gmail.com today", "Email|:|franz371...@gmail.com|today")]
    [InlineData("Wait... @home", "Wait|...|@|home")]
    [InlineData("from CCNG, Inc.. On Monday", "from|CCNG|,|Inc.|.|On|Monday")]
    [InlineData("want it b/c of w/o sugar, and/or good luck w/it, w/ him", "want|it|b/c|of|w/o|sugar|,|and|/|or|good|luck|w/|it|,|w|/|him")]
    [InlineData("call (3-5213), a 3-5 vote", "call|(|3-5213|)|,|a|3|-|5|vote")]
    [InlineData("call +1 212-848-8400 or 2+2", "call|+1|212-848-8400|or|2|+|2")]
    [InlineData("genuine. ----== Posted via Usenet News==----", "genuine|.|----==|Posted|via|Usenet|News|==----")]
    [InlineData("its a shame, Its not over, its kind of fun", "it|s|a|shame|,|It|s|not|over|,|it|s|kind|of|fun")]
    [InlineData("its own way, its so-called ally, one of its kind, its all-time high, ITS a, gave its all", "its|own|way|,|its|so|-|called|ally|,|one|of|its|kind|,|its|all|-|time|high|,|ITS|a|,|gave|its|all")]
    [InlineData("your the best, your not alone, your own way, Your call", "you|r|the|best|,|you|r|not|alone|,|your|own|way|,|Your|call")]
    [InlineData("Lets go. \"Lets try\" but she lets them, the U.S. lets them, Fund Lets Banks", "Let|s|go|.|\"|Let|s|try|\"|but|she|lets|them|,|the|U.S.|lets|them|,|Fund|Lets|Banks")]
    [InlineData("alot of time everytime hes here, someone elses", "a|lot|of|time|every|time|he|s|here|,|someone|else|s")]
    [InlineData("the war (1946-1954), 200-250 dollars, call 555-1234 or 410-468-3798, 600-480", "the|war|(|1946|-|1954|)|,|200|-|250|dollars|,|call|555-1234|or|410-468-3798|,|600-480")]
    [InlineData("What now...? help pls..? Really.?", "What|now|...|?|help|pls|..?|Really|.?")]
    [InlineData("family:) and Amy:-) but (: or =) not note:(see) or x=)", "family|:)|and|Amy|:-)|but|(:|or|=)|not|note|:|(|see|)|or|x|=|)")]
    [InlineData("dirt, smoke, etc.\nIt was on Sun. Please come, Ave.) Does it", "dirt|,|smoke|,|etc|.|It|was|on|Sun|.|Please|come|,|Ave|.|)|Does|it")]
    [InlineData("Mr. The, P.S. I am, etc. thanks, Good Job DR.", "Mr.|The|,|P.S.|I|am|,|etc.|thanks|,|Good|Job|DR|.")]
    [InlineData("Drs. Ali, vice-president of XYZ Pvt. Ltd.", "Drs.|Ali|,|vice-president|of|XYZ|Pvt.|Ltd|.")]
    [InlineData("", "")]
    [InlineData("   \n\t ", "")]
    public void Splits_text_the_UD_way(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Tokens_are_spans_of_the_text_and_a_range_keeps_absolute_offsets()
    {
        const string text = "Intro. Russia wasn’t ready.";
        var output = new List<NewsNlp.Documents.Token>();
        Tokenizer.Tokenize(text, 7, text.Length, output);
        Assert.Equal(["Russia", "was", "n’t", "ready", "."], output.Select(t => text[t.Start..t.End]));
        Assert.Equal(7, output[0].Start);
    }

    [Fact]
    public void The_context_rules_look_no_further_than_the_range()
    {
        const string text = "its a shame";
        var output = new List<NewsNlp.Documents.Token>();
        Tokenizer.Tokenize(text, 0, 3, output);
        Assert.Equal(["its"], output.Select(t => text[t.Start..t.End]));
    }
}
