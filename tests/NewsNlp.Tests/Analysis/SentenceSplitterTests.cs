using NewsNlp.Analysis.Sentences;
using NewsNlp.Analysis.Tokenization;
using NewsNlp.Documents;

namespace NewsNlp.Tests.Analysis;

public class SentenceSplitterTests
{
    private static string Sentences(string text, IReadOnlyList<Block>? blocks = null)
    {
        var tokens = Tokenizer.Tokenize(text);
        return string.Join(" ‖ ", SentenceSplitter.Split(text, tokens, blocks ?? []).Select(s => text[s.Start..s.End]));
    }

    [Theory]
    [InlineData("According to a U.S. envoy, Russia agreed. It is new.", "According to a U.S. envoy, Russia agreed. ‖ It is new.")]
    [InlineData("Talks in the U.S. The envoy left.", "Talks in the U.S. ‖ The envoy left.")]
    [InlineData("Mr. Smith met Dr. Jones on Jan. 5. They talked.", "Mr. Smith met Dr. Jones on Jan. 5. ‖ They talked.")]
    [InlineData("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it.")]
    [InlineData("Fri, Sat, or Sun. Please let me know.", "Fri, Sat, or Sun. ‖ Please let me know.")]
    [InlineData("It is on Michigan Ave. Does anyone know it?", "It is on Michigan Ave. ‖ Does anyone know it?")]
    [InlineData("It should be CCGM, L.P.. Further, she said so.", "It should be CCGM, L.P.. ‖ Further, she said so.")]
    [InlineData("The rate is 3.5 percent. Prices rose 10.2%!", "The rate is 3.5 percent. ‖ Prices rose 10.2%!")]
    [InlineData("Sen. Ada Morrow (R-Ga.) said the bill would pass. It did.", "Sen. Ada Morrow (R-Ga.) said the bill would pass. ‖ It did.")]
    [InlineData("Rep. Tom Ilse (D-Calif.) agreed.", "Rep. Tom Ilse (D-Calif.) agreed.")]
    [InlineData("“It is crucial,” Zelenskyy stated. “But there are no details.” He left.", "“It is crucial,” Zelenskyy stated. ‖ “But there are no details.” ‖ He left.")]
    [InlineData("He said \"no.\" Then he left.", "He said \"no.\" ‖ Then he left.")]
    [InlineData("It ended (finally.) Next one?", "It ended (finally.) ‖ Next one?")]
    [InlineData("Wait... what happened? Nothing…", "Wait... what happened? ‖ Nothing…")]
    [InlineData("Key Concessions and Ongoing Discussions\nWitkoff described it.", "Key Concessions and Ongoing Discussions ‖ Witkoff described it.")]
    [InlineData("- 1. Russia Signals Shift\n- 2. Summit Reveals Potential", "- 1. Russia Signals Shift ‖ - 2. Summit Reveals Potential")]
    [InlineData("Did You Know? NATO’s Article 5 states it.", "Did You Know? ‖ NATO’s Article 5 states it.")]
    [InlineData("Regards, Kay Mann ===== Attached please find it.", "Regards, Kay Mann ‖ ===== ‖ Attached please find it.")]
    [InlineData("Best regards. *** Bush also nominated him.", "Best regards. ‖ *** ‖ Bush also nominated him.")]
    [InlineData("The feed went down at HQ --- any idea why?", "The feed went down at HQ --- any idea why?")]
    [InlineData("See the charts. - Stocks.pdf - Crude.pdf", "See the charts. ‖ - Stocks.pdf ‖ - Crude.pdf")]
    [InlineData("Prices rose - as expected.pdf files showed.", "Prices rose - as expected.pdf files showed.")]
    [InlineData("Bring fruit, bread, etc. The rest is here.", "Bring fruit, bread, etc. ‖ The rest is here.")]
    [InlineData("It is on Michigan Ave.) Does anyone know?", "It is on Michigan Ave.) ‖ Does anyone know?")]
    [InlineData("Call me, etc. thanks. P.S. I moved.", "Call me, etc. thanks. ‖ P.S. I moved.")]
    [InlineData("Thanks for the tips! :) See you at the game.", "Thanks for the tips! :) ‖ See you at the game.")]
    [InlineData("That was great. ;-) you should go too.", "That was great. ;-) ‖ you should go too.")]
    [InlineData("I like it :) It works.", "I like it :) It works.")]
    [InlineData("OSLO (AP) -- Talks resumed on Monday.", "OSLO (AP) -- ‖ Talks resumed on Monday.")]
    [InlineData("LIMA (Reuters) — Prices rose.", "LIMA (Reuters) — ‖ Prices rose.")]
    [InlineData("Talks went on in OSLO (AP) - not in Lima.", "Talks went on in OSLO (AP) - not in Lima.")]
    [InlineData("The firm (Acme) - Shares rose.", "The firm (Acme) - Shares rose.")]
    [InlineData("She wrote: ' We will not sign it. ' Then the talks ended.", "She wrote: ' We will not sign it. ' ‖ Then the talks ended.")]
    [InlineData("He asked what it meant. \" And nobody knew. \"", "He asked what it meant. ‖ \" And nobody knew. \"")]
    [InlineData("It's the team's plan. ' Nobody agreed.", "It's the team's plan. ‖ ' Nobody agreed.")]
    [InlineData("\"Not again!\" said the minister. She left.", "\"Not again!\" said the minister. ‖ She left.")]
    [InlineData("“Is it over?” asked a reporter.", "“Is it over?” asked a reporter.")]
    [InlineData("He came back (for the third time!) and stayed.", "He came back (for the third time!) and stayed.")]
    [InlineData("“Is it over?” A reporter asked.", "“Is it over?” ‖ A reporter asked.")]
    [InlineData("Direct line:? 555 0100 Fax:? 555 0101", "Direct line:? 555 0100 Fax:? 555 0101")]
    [InlineData("Why? Nobody knows.", "Why? ‖ Nobody knows.")]
    [InlineData("Ann Lee 04/26/2001 07:17 AM have you seen the memo?", "Ann Lee 04/26/2001 07:17 AM ‖ have you seen the memo?")]
    [InlineData("Updated 3/4/2025 10:15:30 pm The talks resumed.", "Updated 3/4/2025 10:15:30 pm ‖ The talks resumed.")]
    [InlineData("We meet at 10:15 am to talk.", "We meet at 10:15 am to talk.")]
    [InlineData("She wrote: ' We will not sign it.\nIt is done. ' Then the talks ended.", "She wrote: ' We will not sign it. ‖ It is done. ‖ ' Then the talks ended.")]
    [InlineData("", "")]
    public void Finds_sentence_boundaries(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void A_block_edge_ends_a_sentence_even_without_punctuation_or_line_break()
    {
        const string text = "Shifting Strategies Witkoff defended the decision.";
        var blocks = new List<Block> { new(BlockKind.Heading, 0, 19), new(BlockKind.Paragraph, 20, text.Length) };
        Assert.Equal("Shifting Strategies ‖ Witkoff defended the decision.", Sentences(text, blocks));
    }

    [Fact]
    public void Spaced_quotes_alternate_open_and_close_along_a_long_line()
    {
        // Thousands of '. " ' in a row: every second quote closes the one before it however far along the line
        // it is, so a quotation ("\" No. \"") and an unquoted "No." take turns to the end.
        var text = string.Concat(Enumerable.Repeat("No. \" ", 5_000));
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens, []);

        Assert.Equal(5_000, sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            Assert.Equal(i % 2 == 0 ? "No." : "\" No. \"", text[sentences[i].Start..sentences[i].End]);
        }
    }

    [Fact]
    public void Sentences_cover_every_token_once_in_order()
    {
        const string text = "One. Two!\nThree? “Four.” Five";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens, []);
        Assert.Equal(0, sentences[0].FirstToken);
        for (var i = 1; i < sentences.Count; i++)
        {
            Assert.Equal(sentences[i - 1].EndToken, sentences[i].FirstToken);
        }

        Assert.Equal(tokens.Length, sentences[^1].EndToken);
        Assert.Equal(5, sentences.Count);
    }
}
