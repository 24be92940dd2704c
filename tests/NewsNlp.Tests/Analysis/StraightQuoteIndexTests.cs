using NewsNlp.Analysis.Sentences;

namespace NewsNlp.Tests.Analysis;

public class StraightQuoteIndexTests
{
    [Fact]
    public void Counts_quotes_outside_words_and_finds_line_starts_as_a_scan_would()
    {
        var random = new Random(7);
        const string alphabet = "ab1 .'\"\n";
        for (var round = 0; round < 50; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 120)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var index = new StraightQuoteIndex(text);
            for (var to = 0; to <= text.Length; to++)
            {
                var from = random.Next(to + 1);
                Assert.Equal(ScanIsOdd(text, '"', from, to), index.IsOddBetween('"', from, to));
                Assert.Equal(ScanIsOdd(text, '\'', from, to), index.IsOddBetween('\'', from, to));
                if (to < text.Length)
                {
                    Assert.Equal(text.LastIndexOf('\n', to) + 1, index.LineStart(to));
                }
            }
        }
    }

    [Fact]
    public void An_apostrophe_inside_a_word_is_no_quote()
    {
        const string text = "it's 'so' rock'n'roll";
        var index = new StraightQuoteIndex(text);
        Assert.False(index.IsOddBetween('\'', 0, text.Length));
        Assert.True(index.IsOddBetween('\'', 0, 6));
    }

    // The definition, one character at a time: a quote mark not between two letters or digits.
    private static bool ScanIsOdd(string text, char quote, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            var insideWord = i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
            count += text[i] == quote && !insideWord ? 1 : 0;
        }

        return count % 2 == 1;
    }
}
