using NewsNlp.Documents;
using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;

namespace NewsNlp.Tests.Stance;

public sealed class PortrayalTests
{
    internal static PortrayalExample Example(string sentence, string target, string label)
    {
        var at = sentence.IndexOf(target, StringComparison.Ordinal);
        return new PortrayalExample(sentence, at, at + target.Length, label);
    }

    private static readonly PortrayalExample[] Examples =
    [
        Example("Rubio was praised for his brilliant work.", "Rubio", StanceLabels.Positive),
        Example("Critics hailed Smith as a hero.", "Smith", StanceLabels.Positive),
        Example("Jones won a great victory.", "Jones", StanceLabels.Positive),
        Example("Rubio travelled to Brussels on Monday.", "Rubio", StanceLabels.Neutral),
        Example("Smith met officials in Kyiv.", "Smith", StanceLabels.Neutral),
        Example("Jones will speak on Tuesday.", "Jones", StanceLabels.Neutral),
        Example("Rubio was blamed for the disastrous failure.", "Rubio", StanceLabels.Negative),
        Example("Smith faces charges of corruption.", "Smith", StanceLabels.Negative),
        Example("Jones lied and was condemned.", "Jones", StanceLabels.Negative),
    ];

    internal static PortrayalModel Train(int seed) =>
        new(PortrayalTraining.Train(Examples, new PortrayalFeaturizer(ModelMode.Fast, null, PortrayalLexicon.Empty), seed, l2: 0.1f).Classifier, new PortrayalFeaturizer(ModelMode.Fast, null, PortrayalLexicon.Empty), "portrayal-fast");

    [Fact]
    public void SameSeedGivesTheSameProbabilitiesAndTheySumToOne()
    {
        var first = Train(seed: 4);
        var second = Train(seed: 4);
        (string, int, int)[] items = [("Rubio was praised.", 0, 5), ("Rubio was blamed.", 0, 5)];

        var a = first.Predict(items);
        var b = second.Predict(items);

        Assert.Equal(a, b);
        Assert.All(a, p => Assert.Equal(1.0, p.Positive + p.Neutral + p.Negative, 5));
        Assert.Equal(PortrayalLabel.Positive, PortrayalModel.LabelOf(a[0]));
        Assert.Equal(PortrayalLabel.Negative, PortrayalModel.LabelOf(a[1]));
    }

    [Fact]
    public void OnlyTheArticlesOwnSentencesCountNotQuotes()
    {
        var article = StanceFixtures.Article("t", ["Rubio was praised.", "\u201cRubio is wrong,\u201d Smith said."], "Rubio", "Smith");
        article.Quotes.Add(StanceFixtures.Quote(article, 0, QuoteKind.Direct, "Rubio is wrong,", speaker: 1));

        var sentences = PortrayalCollector.Collect(article);

        Assert.Single(sentences[0]); // the quoted mention of Rubio is not the article's own voice
        Assert.Equal(article.Sentences[0].Span, sentences[0][0].Sentence);
        Assert.Equal(article.Sentences[1].Span, sentences[1][0].Sentence); // Smith, outside the quote
    }

    [Fact]
    public void OnlyTheFirstSentencesAboutAStakeholderArePortrayed()
    {
        var sentences = Enumerable.Range(1, PortrayalCollector.MaxSentencesPerStakeholder + 3).Select(i => $"Rubio spoke on day {i}.").ToArray();
        var article = StanceFixtures.Article("t", sentences, "Rubio");

        var collected = PortrayalCollector.Collect(article)[0];

        Assert.Equal(PortrayalCollector.MaxSentencesPerStakeholder, collected.Count);
        Assert.Equal(article.Sentences[0].Span, collected[0].Sentence);
    }

    [Fact]
    public void MentionsInsideNestedOrOverlappingQuotesAreNotTheArticlesVoice()
    {
        var article = StanceFixtures.Article(
            "t",
            ["Smith said that Rubio told him \u201cLee is wrong and Kim too\u201d yesterday.", "Lee and Kim met Rubio."],
            "Rubio", "Lee", "Kim", "Smith");
        article.Quotes.Add(StanceFixtures.Quote(article, 0, QuoteKind.Indirect, "Rubio told him \u201cLee is wrong and Kim too\u201d yesterday", speaker: 3));
        article.Quotes.Add(StanceFixtures.Quote(article, 1, QuoteKind.Direct, "Lee is wrong", speaker: 0));
        article.Quotes.Add(StanceFixtures.Quote(article, 2, QuoteKind.Partial, "and Kim too\u201d yesterday.", speaker: 0));

        var collected = PortrayalCollector.Collect(article);

        Assert.Equal(article.Sentences[0].Span, Assert.Single(collected[3]).Sentence); // Smith, before every quote
        foreach (var entity in new[] { 0, 1, 2 })
        {
            Assert.Equal(article.Sentences[1].Span, Assert.Single(collected[entity]).Sentence); // quoted in the first sentence
        }
    }

    [Fact]
    public void ASavedAccurateModelWithItsPerceptronAndLexiconPredictsTheSame()
    {
        var featurizer = new PortrayalFeaturizer(ModelMode.Accurate, new LetterCountEmbeddings(), PortrayalCuesTests.Lexicon);
        var linear = PortrayalTraining.Train(Examples, featurizer, seed: 2, l2: 0.1f).Classifier;
        var mlps = PortrayalTraining.TrainMlps(PortrayalTraining.LabelledRows(Examples, featurizer), linear.Labels, new PortrayalTrainingOptions(Seed: 2, L2: 0.1f, MlpCount: 2, MlpHidden: 4, MlpEpochs: 3)).Select(m => m.Quantised()).ToArray();
        var model = new PortrayalModel(linear, featurizer, "portrayal-accurate", mlps, 0.5f).WithBiasOffsets([0f, 0.2f, -0.1f]);
        var path = Path.Combine(Path.GetTempPath(), $"portrayal-{Guid.NewGuid():N}.bin");
        try
        {
            PortrayalModelFile.Save(model, path);
            var loaded = PortrayalModel.Load(ModelMode.Accurate, path, new LetterCountEmbeddings());
            (string, int, int)[] items = [("Rubio was praised, not blamed.", 0, 5), ("They met Smith.", 9, 14)];

            Assert.Equal(model.Predict(items), loaded.Predict(items));
            Assert.Equal(0.5f, loaded.MlpWeight);
            Assert.Equal(PortrayalCuesTests.Lexicon.Entries, loaded.Featurizer.Lexicon.Entries);
            Assert.Equal("portrayal-accurate@" + StanceModels.PortrayalVersion, StanceModels.Tag(loaded.Name));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DecisionOffsetsShiftTheMixturesScoresByExactlyTheOffset()
    {
        var featurizer = new PortrayalFeaturizer(ModelMode.Accurate, new LetterCountEmbeddings(), PortrayalLexicon.Empty);
        var linear = PortrayalTraining.Train(Examples, featurizer, seed: 2, l2: 0.1f).Classifier;
        var mlps = PortrayalTraining.TrainMlps(PortrayalTraining.LabelledRows(Examples, featurizer), linear.Labels, new PortrayalTrainingOptions(Seed: 2, L2: 0.1f, MlpCount: 2, MlpHidden: 4, MlpEpochs: 3));
        var model = new PortrayalModel(linear, featurizer, "m", mlps, 0.25f);
        float[] offsets = [0f, 0.3f, -0.2f];
        var row = featurizer.Build([("Jones won.", 0, 5)])[0];

        var before = model.PredictRow(row);
        var after = model.WithBiasOffsets(offsets).PredictRow(row);

        for (var c = 1; c < offsets.Length; c++)
        {
            var shift = MathF.Log(after[c] / after[0]) - MathF.Log(before[c] / before[0]);
            Assert.Equal(offsets[c], shift, 3);
        }
    }

    [Fact]
    public void BiasTuningThatCannotHelpAHeldOutSetShowsNoGain()
    {
        var model = Train(seed: 4);
        var rightOnBoth = Examples.Where(e => PortrayalModel.LabelOf(model.Predict([(e.Sentence, e.TargetStart, e.TargetEnd)])[0]).ToString().Equals(e.Label, StringComparison.OrdinalIgnoreCase)).ToArray();

        var check = PortrayalTraining.CheckBiasTuning(model, rightOnBoth, rightOnBoth);

        Assert.Equal(Examples.Length, rightOnBoth.Length); // the fixture model fits its training rows
        Assert.Equal(1.0, check.SecondToFirst, 6);
        Assert.Equal(0.0, check.Gain, 6);
    }

    /// <summary>Deterministic stand-in vectors for MiniLM: letter counts, normalised.</summary>
    internal sealed class LetterCountEmbeddings : IEmbeddingSource
    {
        public float[][] Sentences(IReadOnlyList<string> texts) => texts.Select(text =>
        {
            var vector = new float[SentenceEmbedder.Dimensions];
            foreach (var c in text.ToLowerInvariant())
            {
                vector[c % SentenceEmbedder.Dimensions] += 1f;
            }

            var norm = MathF.Sqrt(vector.Sum(v => v * v));
            return vector.Select(v => norm > 0 ? v / norm : 0f).ToArray();
        }).ToArray();
    }
}
