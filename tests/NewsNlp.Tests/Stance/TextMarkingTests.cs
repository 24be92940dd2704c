using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class TextMarkingTests
{
    private const string Sentence = "Critics in Brussels said on Monday that Rubio was blamed for the disastrous failure of the talks.";

    private static (int Start, int End) Rubio => (Sentence.IndexOf("Rubio", StringComparison.Ordinal), Sentence.IndexOf("Rubio", StringComparison.Ordinal) + 5);

    [Fact]
    public void TargetWindowTagsEachWordWithItsSide()
    {
        var window = TextMarking.TargetWindow(Sentence, Rubio.Start, Rubio.End, reach: 2);

        Assert.Equal("lft-Monday lft-that tgtx rgt-was rgt-blamed", window);
    }

    [Fact]
    public void AroundTargetKeepsTheTextAsWrittenWithinReach()
    {
        var around = TextMarking.AroundTarget(Sentence, Rubio.Start, Rubio.End, reach: 2);

        Assert.Equal("Monday that Rubio was blamed", around);
    }

    [Fact]
    public void AroundTargetAtTheSentenceEdgesStopsThere()
    {
        Assert.Equal("Rubio spoke", TextMarking.AroundTarget("Rubio spoke.", 0, 5, reach: 3));
        Assert.Equal("Rubio", TextMarking.AroundTarget("Rubio", 0, 5, reach: 3));
    }
}
