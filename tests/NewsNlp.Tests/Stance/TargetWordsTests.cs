using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class TargetWordsTests
{
    private const string Sentence = "On Monday, the council said Jane Doe's plan was \"a costly mistake\".";

    private static int At(string word) => Sentence.IndexOf(word, StringComparison.Ordinal);

    private static string[] Texts(TargetWords words, IEnumerable<int> indices) => [.. indices.Select(i => words.Text[words.Words[i].Start..words.Words[i].End])];

    private static string[] TargetTexts(TargetWords words) => Texts(words, Enumerable.Range(words.TargetFrom, words.TargetTo - words.TargetFrom));

    [Fact]
    public void EveryRunOfNonSpaceIsAWordAndTheTargetIsCutOut()
    {
        var words = TargetWords.Of(Sentence, At("Jane"), At("Doe") + 3, TargetMarking.None, reach: 2);

        Assert.Equal(Sentence, words.Text);
        Assert.Equal(["On", "Monday,", "the", "council", "said", "Jane", "Doe", "'s", "plan", "was", "\"a", "costly", "mistake\"."], Texts(words, Enumerable.Range(0, words.Words.Length)));
        Assert.Equal(["Jane", "Doe"], TargetTexts(words));
        Assert.Equal(["council", "said", "'s", "plan"], Texts(words, words.Context));
    }

    [Fact]
    public void BracketsWrapTheTargetAsWordsOfTheirOwn()
    {
        var words = TargetWords.Of(Sentence, At("Jane"), At("Doe") + 3, TargetMarking.Brackets, reach: 1);

        Assert.Contains("said [Jane Doe]'s plan", words.Text, StringComparison.Ordinal);
        Assert.Equal(["said", "[", "Jane", "Doe", "]", "'s"], Texts(words, Enumerable.Range(4, 6)));
        Assert.Equal(["Jane", "Doe"], TargetTexts(words));
        Assert.Equal(["said", "'s"], Texts(words, words.Context)); // the brackets are not context
    }

    [Fact]
    public void PunctuationAloneIsNotContextAndTheEdgesStopIt()
    {
        var words = TargetWords.Of("Doe , resigned .", 0, 3, TargetMarking.None, reach: 3);

        Assert.Equal(["Doe"], TargetTexts(words));
        Assert.Equal(["resigned"], Texts(words, words.Context));
    }

    [Theory]
    [InlineData(-4, 2)]
    [InlineData(50, 80)]
    [InlineData(8, 3)]
    [InlineData(3, 4)]
    public void OffsetsOutsideTheSentenceOrOnSpaceGiveValidRanges(int start, int end)
    {
        foreach (var marking in new[] { TargetMarking.None, TargetMarking.Brackets })
        {
            var words = TargetWords.Of("Doe resigned.", start, end, marking, reach: 3);

            Assert.All(words.Words, r => Assert.InRange(r.End, r.Start + 1, words.Text.Length));
            Assert.InRange(words.TargetFrom, 0, words.TargetTo);
            Assert.InRange(words.TargetTo, words.TargetFrom, words.Words.Length);
        }
    }

    [Fact]
    public void ASpanOfSpaceHasNoTargetWords()
    {
        var words = TargetWords.Of("Doe resigned.", 3, 4, TargetMarking.None, reach: 3);

        Assert.Equal(words.TargetFrom, words.TargetTo);
        Assert.Equal(["Doe", "resigned."], Texts(words, words.Context));
    }
}
