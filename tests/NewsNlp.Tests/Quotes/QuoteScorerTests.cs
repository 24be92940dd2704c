using NewsNlp.Quotes.Evaluation;

namespace NewsNlp.Tests.Quotes;

public class QuoteScorerTests
{
    private const string Raw = "Rubio said that the talks will go on for many weeks. “We are ready,” she said.";

    private static LocatedGold Gold(string text, string kind, string speaker)
    {
        var quote = new GoldQuote("d", kind, text, null, null, speaker, "person", "said", 1);
        var (start, end) = quote.Locate(Raw)!.Value;
        return new LocatedGold(start, end, quote);
    }

    private static PredictedQuote Predicted(string text, bool direct, string speaker)
    {
        var start = Raw.IndexOf(text, StringComparison.Ordinal);
        return new PredictedQuote(start, start + text.Length, direct, speaker);
    }

    [Fact]
    public void GoldIsLocatedByItsOffsetsOrByTheOccurrenceOfItsText()
    {
        // Offsets, as the NewsMTSC gold files give them (no corpus text in the repository).
        var byOffsets = System.Text.Json.JsonSerializer.Deserialize<GoldQuote>("""{"doc":"d","kind":"direct","start":54,"end":66,"speaker":"","speaker_type":"unknown","cue":"said"}""")!;
        Assert.Equal((54, 66), byOffsets.Locate(Raw));
        Assert.Equal("We are ready", Raw[54..66]);
        Assert.Null((byOffsets with { End = Raw.Length + 1 }).Locate(Raw));
        Assert.Null((byOffsets with { Start = 66 }).Locate(Raw));

        // Text and occurrence: the second "said" is the one after the direct quote.
        var second = new GoldQuote("d", "direct", "said", null, null, "", "unknown", "said", 2);
        Assert.Equal(Raw.LastIndexOf("said", StringComparison.Ordinal), second.Locate(Raw)!.Value.Start);
        Assert.Null((second with { Occurrence = 3 }).Locate(Raw));
    }

    [Fact]
    public void SpeakerGivenByOffsetsIsReadFromTheDocument()
    {
        using var dir = new NewsNlp.Tests.Support.TempDirectory();
        var path = dir.File("gold.jsonl");
        File.WriteAllText(path, """
            {"doc":"d","kind":"indirect","start":16,"end":51,"speaker_start":0,"speaker_end":5,"speaker_type":"person","cue":"said"}
            {"doc":"d","kind":"direct","start":54,"end":66,"speaker":"Ms. Rubio","speaker_type":"person","cue":"said"}
            """);
        var gold = GoldQuote.Read(path);

        // No "speaker" field: empty until the document supplies the name.
        Assert.Equal(string.Empty, gold[0].Speaker);
        Assert.Equal("Rubio", gold[0].WithSpeakerFrom(Raw).Speaker);
        // A name the annotator wrote stays as written; offsets outside the text change nothing.
        Assert.Equal("Ms. Rubio", gold[1].WithSpeakerFrom(Raw).Speaker);
        Assert.Equal(string.Empty, (gold[0] with { SpeakerEnd = Raw.Length + 1 }).WithSpeakerFrom(Raw).Speaker);
    }

    [Fact]
    public void CoverageThresholdsDecideMatchesOneToOne()
    {
        var scores = new QuoteScores();
        LocatedGold[] gold = [Gold("the talks will go on for many weeks", "indirect", "Marco Rubio"), Gold("We are ready", "direct", "Ursula von der Leyen")];

        // 4 of 8 tokens covered: a match at 30 %, not at 80 %; the second prediction duplicates the first.
        PredictedQuote[] predicted = [Predicted("the talks will go", false, "Rubio"), Predicted("the talks", false, "Rubio"), Predicted("We are ready", true, "Ursula von der Leyen")];
        var errors = QuoteScorer.Add(scores, Raw, gold, predicted);

        Assert.Equal(2, scores.All30.MatchedGold);
        Assert.Equal(2, scores.All30.MatchedPredicted);
        Assert.Equal(3, scores.All30.Predicted);
        Assert.Equal(1, scores.All80.MatchedGold);
        Assert.Equal(1.0, scores.Direct30.Recall);
        Assert.Equal(0.5, scores.Indirect30.Precision);
        Assert.Equal(2, scores.SpeakerRight);
        Assert.Single(errors, e => e.Kind == "spurious");
    }

    [Fact]
    public void AnUnnamedGoldSpeakerCountsForMatchingButNotForSpeakerAccuracy()
    {
        var scores = new QuoteScores();
        LocatedGold[] gold = [Gold("We are ready", "direct", string.Empty)];
        var errors = QuoteScorer.Add(scores, Raw, gold, [Predicted("We are ready", true, "Rubio")]);

        Assert.Equal(1, scores.All30.MatchedGold);
        Assert.Equal(0, scores.SpeakerPairs);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("Zelenskyy", "Volodymyr Zelenskyy", true, true)]
    [InlineData("The US State Department", "US State Department", false, true)]
    [InlineData("NATO’s Article 5", "NATO's Article 5", false, true)]
    [InlineData("Donald Trump", "Steve Witkoff", true, false)]
    [InlineData("", "Steve Witkoff", true, false)]
    public void SpeakersCompareLoosely(string predicted, string gold, bool person, bool same) =>
        Assert.Equal(same, QuoteScorer.SameSpeaker(predicted, gold, person));
}
