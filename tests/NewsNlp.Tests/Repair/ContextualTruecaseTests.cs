using NewsNlp.Repair;
using NewsNlp.Repair.Contextual;
using NewsNlp.Repair.Evaluation;

namespace NewsNlp.Tests.Repair;

/// <summary>The accurate truecasing mode: a head over contextual word vectors (fake ones here) mixed with the perceptron.</summary>
public class ContextualTruecaseTests
{
    private static readonly string[] Names = ["russia", "ukraine", "geneva", "moscow", "europe", "witkoff", "steve", "lviv"];

    private static readonly Lazy<ContextualCaseHead> Head = new(() => TrainHead(seed: 5));

    // Many passes over the few fixture rows make the head as sure of the fixture's names as a real head is.
    private static ContextualCaseHead TrainHead(int seed, int epochs = 150)
    {
        var docs = RepairFixtures.TinyTrainingDocuments();
        var lexicons = TruecaseTrainer.CrossFittedLexicons(docs, RepairFixtures.TinyLexicon);
        var settings = new ContextualCaseTraining(seed, epochs, Hidden: 8, HeadWeight: 1f);
        return ContextualCaseTrainer.Train(docs, lexicons, new FakeWordVectors(Names), settings, new Dictionary<string, string> { ["name"] = "truecase-accurate-test" });
    }

    private static byte[] Bytes(ContextualCaseHead head)
    {
        using var stream = new MemoryStream();
        head.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void TrainingTheHeadIsDeterministicForASeed()
    {
        Assert.Equal(Bytes(TrainHead(seed: 3, epochs: 5)), Bytes(TrainHead(seed: 3, epochs: 5)));
        Assert.NotEqual(Bytes(TrainHead(seed: 3, epochs: 5)), Bytes(TrainHead(seed: 4, epochs: 5)));
    }

    [Fact]
    public void TheHeadPredictsTheSameAfterSavingAndLoading()
    {
        var loaded = ContextualCaseHead.Load(new MemoryStream(Bytes(Head.Value)));
        Assert.Equal(Head.Value.HeadWeight, loaded.HeadWeight);
        Assert.Equal("truecase-accurate-test", loaded.Metadata["name"]);
        var row = Enumerable.Range(0, CaseHeadInputs.Length(6)).Select(i => (i % 3) * 0.5f).ToArray();
        Assert.Equal(Head.Value.Predict(row), loaded.Predict(row));
    }

    [Fact]
    public void TheHeadCapitalisesWhatTheVectorsMarkAsANameEvenIfTheCorpusNeverSawIt()
    {
        var truecaser = RepairFixtures.TinyTruecaser;
        var accurate = new ContextualCasing(Head.Value, new FakeWordVectors(Names));
        const string lowered = "officials met in lviv and odesa.";
        Assert.Equal("Officials met in Lviv and odesa.", TruecaseEvaluation.Restore(truecaser, lowered, contextual: accurate));

        // The perceptron alone cannot tell the two unseen words apart.
        var fast = TruecaseEvaluation.Restore(truecaser, lowered);
        Assert.Equal(fast.Contains("Lviv", StringComparison.Ordinal), fast.Contains("Odesa", StringComparison.Ordinal));
    }

    [Fact]
    public void WithNoWeightTheHeadChangesNothing()
    {
        const string lowered = "officials in russia met steve witkoff and odesa officials in geneva.";
        var silent = new ContextualCasing(Head.Value.WithHeadWeight(0f), new FakeWordVectors(Names));
        var fast = TruecaseEvaluation.Restore(RepairFixtures.TinyTruecaser, lowered);
        Assert.Equal(fast, TruecaseEvaluation.Restore(RepairFixtures.TinyTruecaser, lowered, contextual: silent));
    }

    [Fact]
    public void OnlyTheAccurateModeEncodesAndOnlyTheSentencesWithAWordInDoubt()
    {
        var vectors = new FakeWordVectors(Names);
        var models = new RepairModels(RepairFixtures.TinyTruecaser, null, null, new ContextualCasing(Head.Value, vectors));
        var fast = new RepairStage(RepairOptions.Default, models);
        var accurate = new RepairStage(RepairOptions.Default with { TruecaseModel = NewsNlp.Stance.ModelMode.Accurate }, models);
        const string damaged = "The plan would help the economy. Officials from russia met in geneva on Monday. The talks ended.";

        RepairFixtures.Repair(fast, damaged);
        Assert.Equal(0, vectors.SpansEncoded);

        RepairFixtures.Repair(accurate, "The plan would help the economy, the minister said.");
        Assert.Equal(0, vectors.SpansEncoded);

        Assert.Equal("The plan would help the economy. Officials from Russia met in Geneva on Monday. The talks ended.", RepairFixtures.Repair(accurate, damaged).Clean);
        Assert.Equal(1, vectors.SpansEncoded);
    }

    [Fact]
    public void InWellCasedTextTheHeadAloneRaisesANameNoOtherEvidenceShows()
    {
        var models = new RepairModels(RepairFixtures.TinyTruecaser, null, null, new ContextualCasing(Head.Value, new FakeWordVectors(Names)));
        var accurate = new RepairStage(RepairOptions.Default with { TruecaseModel = NewsNlp.Stance.ModelMode.Accurate }, models);
        const string raw = "Officials met in lviv and odesa on Monday.";

        Assert.Equal(raw, RepairFixtures.Repair(new RepairStage(RepairOptions.Default, models), raw).Clean);
        var article = RepairFixtures.Repair(accurate, raw);
        Assert.Equal("Officials met in Lviv and odesa on Monday.", article.Clean);
        Assert.Equal("contextual", Assert.Single(article.Edits).Rule);
    }

    [Fact]
    public void TheAccurateModelFileIsReportedOnlyWhenTheRunUsesIt()
    {
        NewsNlp.Pipeline.ModelInfo[] files = [new("truecase-lexicon", "1.5.0", "aa"), new(RepairModels.AccurateTruecaseName, "1.0.0", "bb")];
        var models = new RepairModels(RepairFixtures.TinyTruecaser, null, files, new ContextualCasing(Head.Value, new FakeWordVectors(Names)));
        Assert.Equal(["truecase-lexicon"], new RepairStage(RepairOptions.Default, models).Models.Select(m => m.Name));
        Assert.Equal(2, new RepairStage(RepairOptions.Default with { TruecaseModel = NewsNlp.Stance.ModelMode.Accurate }, models).Models.Count);
    }

    [Fact]
    public void SentencesKeepTheirFullStopAndGiveAnOpeningQuoteToTheNext()
    {
        const string text = "He left. “We stay,” she said! Then";
        var words = new List<WordToken>();
        WordScanner.Scan(text, words);
        var sentences = SentenceSpans.Of(text, words);
        Assert.Equal(["He left.", " “We stay,” she said!", " Then"], sentences.Select(s => text[s.Start..s.End]));
        Assert.Equal(1, SentenceSpans.IndexOf(sentences, 4));
        Assert.Equal(2, SentenceSpans.IndexOf(sentences, words.Count - 1));
    }

    [Fact]
    public void TheEncoderSeesTheSpansPunctuationButReturnsOnlyTheWords()
    {
        const string text = "Go. He said: \"go.\" Then!!!!!!!! left";
        (int, int)[] words = [(4, 6), (7, 11), (14, 16), (19, 23), (32, 36)];
        var (ranges, positions) = EncoderWordVectors.WithPunctuation(new WordSpan(text, 3, text.Length, words));
        Assert.Equal(words, positions.Select(p => (ranges[p].Start, ranges[p].End)));
        Assert.Equal([":", "\"", ".", "\"", "!", "!", "!", "!"], ranges.Where((_, i) => !positions.Contains(i)).Select(r => text[r.Start..r.End]));
    }
}
