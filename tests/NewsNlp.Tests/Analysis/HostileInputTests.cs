using System.Text;
using NewsNlp.Analysis.Sentences;
using NewsNlp.Analysis.Tokenization;
using NewsNlp.Documents;

namespace NewsNlp.Tests.Analysis;

// Pathological and random text: the tokenizer and the splitter must neither throw nor go quadratic
// (these would not finish if they did), and their output must stay well-formed.
public class HostileInputTests
{
    private const string Common = " .!?\"'’“”()-–—…$%:,;@/\nAaZz09";

    public static TheoryData<string> Hostile()
    {
        var random = new Random(42);
        var letters = new StringBuilder(5_000_000);
        const string alphabet = "abcdefghij.-'’,:/@&_0123456789ABC";
        while (letters.Length < 5_000_000)
        {
            letters.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return new TheoryData<string>
        {
            new string('"', 100_000),
            new string('“', 50_000) + new string('’', 50_000),
            new string('(', 100_000) + new string(')', 100_000),
            string.Concat(Enumerable.Repeat("[{", 100_000)),
            letters.ToString(),
            "http://" + new string('a', 1_000_000),
            string.Concat(Enumerable.Repeat("a-", 500_000)),
            string.Concat(Enumerable.Repeat("U.", 500_000)),
            string.Concat(Enumerable.Repeat("aa.Bb", 200_000)),
            new string('.', 1_000_000),
            "\uD800 lone high \uDC00 lone low \uD83D\uDE00 emoji \uD800",
            "e\u0301te\u0301 café ﬁ \u200B zero\u00A0width",
        };
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_is_tokenized_and_split_without_throwing(string text) => AssertWellFormed(text);

    [Fact]
    public void Random_strings_are_tokenized_and_split_without_throwing()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : Common[random.Next(Common.Length)];
            }

            AssertWellFormed(new string(chars));
        }
    }

    [Fact]
    public void Random_runs_of_the_context_rules_triggers_are_tokenized_and_split_without_throwing()
    {
        // The pieces the look-ahead and look-back rules react to, glued or spaced at random, also at the text's edges.
        string[] pieces = ["its", "Its", "your", "Lets", "kind", "of", "a", "etc.", "U.S.", "Mr.", "(:", "=)", ":)", ":-(",
            "...?", "..", "1946-1954", "410-468-3798", "-", "\"", ")", "The", " ", "  ", "\n", "\t"];
        var random = new Random(11);
        for (var i = 0; i < 500; i++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(0, 12); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            AssertWellFormed(text.ToString());
        }
    }

    private static void AssertWellFormed(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length);
            previousEnd = token.End;
        }

        var sentences = SentenceSplitter.Split(text, tokens, [new Block(BlockKind.Paragraph, 0, text.Length)]);
        Assert.Equal(tokens.Length, sentences.Sum(s => s.TokenCount));
    }
}
