using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class StatementScanTests
{
    private const string Topic = "The city should keep its bike lanes";

    [Fact]
    public void TopicWordsAndTheirPluralsAreMarkedAndNegatedWordsScoped()
    {
        var columns = Scan(Topic, "Residents did not want the lane kept, said the mayor.", out _, out _);

        Assert.Equal("residents did not want the tpcx kept said the mayor ", columns.Text);
        Assert.Equal("ctx neg_want neg_the neg_lane", columns.Scope);
    }

    [Fact]
    public void StatementCuesCountNegatedSupportAndTheTopicWordsRepeated()
    {
        Scan(Topic, "The mayor never supported the lanes, and critics doubt the city would keep them.", out var cues, out _);

        Assert.Equal(0.5f, cues[0]); // one negation
        Assert.Equal(0f, cues[2]); // "supported" is negated ...
        Assert.Equal(0.5f, cues[4]); // ... and counted as such
        Assert.Equal(0.5f, cues[3]); // "doubt"
        Assert.Equal(3f / 4f, cues[6]); // city, keep and lanes of the four content words ("its" and "should" are function words)
    }

    [Fact]
    public void PortrayalReadsTheSameTopicFreeCuesInItsOwnPass()
    {
        const string Sentence = "Critics say Harlow never supported the plan and may well doubt it.";
        var fromScan = new float[StanceCues.Count];
        StatementScan.Run(TopicWords.None, Sentence, fromScan, new float[StancePairCues.Count], new CharBuffer(), new CharBuffer());
        var fromPortrayal = new float[StanceCues.Count];
        var at = Sentence.IndexOf("Harlow", StringComparison.Ordinal);
        PortrayalCues.Write(Sentence, at, at + 6, PortrayalLexicon.Empty, new float[PortrayalCues.Count], fromPortrayal);

        Assert.Equal(fromScan, fromPortrayal);
        Assert.Equal(0.5f, fromPortrayal[1]); // the hedge "may"
    }

    [Fact]
    public void OnlyExactContentWordsCountAsRepeatedButStemFormsAreTopicWords()
    {
        var topic = new TopicWords("Security guarantees for the glass industry");

        Assert.Equal(new TopicMatch(1, true), topic.Match("guarantees"));
        Assert.Equal(new TopicMatch(-1, true), topic.Match("guarantee"));
        Assert.True(topic.Match("glass").IsTopicWord);
        Assert.False(topic.Match("glas").IsTopicWord);
        Assert.False(topic.Match("the").IsTopicWord);
        Assert.Equal(TopicMatch.NotInTopic, topic.Match(string.Empty));
    }

    [Fact]
    public void ThePredicateAndReportingVerbComeFromTheOneCueLookup()
    {
        Scan(Topic, "The council rejected the lanes.", out _, out var rejected);
        Scan(Topic, "The council said the vote is on Monday.", out _, out var report);

        Assert.Equal(-1f, rejected[3]); // the predicate's side
        Assert.Equal(-1f, rejected[5]); // and its object is the topic's lanes
        Assert.Equal(1f, report[7]); // a bare reporting verb
    }

    private static (string Text, string Scope) Scan(string topic, string statement, out float[] cues, out float[] pairCues)
    {
        cues = new float[StanceCues.Count];
        pairCues = new float[StancePairCues.Count];
        var (text, scope) = (new CharBuffer(), new CharBuffer());
        StatementScan.Run(new TopicWords(topic), statement, cues, pairCues, text, scope);
        return (text.ToString(), scope.ToString());
    }
}
