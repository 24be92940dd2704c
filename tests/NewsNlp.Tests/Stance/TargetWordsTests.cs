using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class TargetWordsTests
{
    private const string Sentence = "On Monday the council said Jane Doe's plan was a costly mistake.";

    private static int At(string word) => Sentence.IndexOf(word, StringComparison.Ordinal);

    private static string[] Words(TargetWords words, (int Start, int End)[] ranges) => [.. ranges.Select(r => words.Text[r.Start..r.End])];

    [Fact]
    public void TheTargetsWordsAndTheWordsWithinReachOnEachSide()
    {
        var words = TargetWords.Of(Sentence, At("Jane"), At("Doe") + 3, TargetMarking.None, reach: 2);

        Assert.Equal(Sentence, words.Text);
        Assert.Equal(["Jane", "Doe's"], Words(words, words.Target)); // the possessive word overlaps the span
        Assert.Equal(["council", "said", "plan", "was"], Words(words, words.Context));
    }

    [Fact]
    public void BracketsWrapTheTargetAndTheRangesFollowIt()
    {
        var words = TargetWords.Of(Sentence, At("Jane"), At("Doe") + 3, TargetMarking.Brackets, reach: 1);

        Assert.Contains("said [Jane Doe]'s plan", words.Text, StringComparison.Ordinal);
        Assert.Equal(["Jane", "Doe"], Words(words, words.Target));
        Assert.Equal(["said", "s"], Words(words, words.Context));
    }

    [Fact]
    public void AtTheSentenceEdgesTheContextIsShorter()
    {
        var words = TargetWords.Of("Doe resigned.", 0, 3, TargetMarking.None, reach: 3);

        Assert.Equal(["Doe"], Words(words, words.Target));
        Assert.Equal(["resigned"], Words(words, words.Context));
    }

    [Theory]
    [InlineData(-4, 2)]
    [InlineData(50, 80)]
    [InlineData(8, 3)]
    public void OffsetsOutsideTheSentenceAreClampedNotThrown(int start, int end)
    {
        var words = TargetWords.Of("Doe resigned.", start, end, TargetMarking.Brackets, reach: 3);

        Assert.All(words.Target.Concat(words.Context), r => Assert.InRange(r.End, r.Start + 1, words.Text.Length));
    }

    [Fact]
    public void ASpanWithoutAWordHasNoTargetWords()
    {
        var words = TargetWords.Of("Doe , resigned.", 4, 5, TargetMarking.None, reach: 3);

        Assert.Empty(words.Target);
        Assert.Equal(["Doe", "resigned"], Words(words, words.Context));
    }
}
