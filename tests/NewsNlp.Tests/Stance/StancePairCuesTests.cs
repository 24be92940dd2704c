using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;

namespace NewsNlp.Tests.Stance;

public sealed class StancePairCuesTests
{
    private const string Pass = "The healthcare bill should pass";
    private const string Repeal = "The healthcare bill should be repealed";

    [Fact]
    public void ATopicAgainstSomethingReversesThePredicatesSide()
    {
        var forPassing = Cues(Pass, "Smith welcomed the healthcare bill on Monday.");
        var forRepealing = Cues(Repeal, "Smith welcomed the healthcare bill on Monday.");

        Assert.Equal(1f, forPassing[0]);
        Assert.Equal(-1f, forRepealing[0]);
        Assert.Equal(1f, forPassing[3]); // the predicate's own side: support
        Assert.Equal(1f, forPassing[4]);
        Assert.Equal(-1f, forRepealing[4]);
        Assert.Equal(-1f, forRepealing[5]); // and its object is the topic's bill
    }

    [Fact]
    public void APredicateAboutSomethingElseKeepsItsSideButNotTheTopicObject()
    {
        var cues = Cues(Pass, "Smith rejected the invitation to the dinner.");

        Assert.Equal(-1f, cues[3]);
        Assert.Equal(0f, cues[5]);
    }

    [Fact]
    public void ANegationOnOnlyOneSideIsAMismatch()
    {
        Assert.Equal(1f, Cues(Pass, "The bill will not help anyone.")[2]);
        Assert.Equal(0f, Cues(Pass, "The bill will help everyone.")[2]);
        Assert.Equal(0f, Cues("The bill should not pass", "The bill will not help anyone.")[2]);
    }

    [Fact]
    public void ABareReportWithFiguresIsMarkedAsSuch()
    {
        var report = Cues(Pass, "The senator said the vote was 52 to 48.");
        var sided = Cues(Pass, "The senator said the bill is dangerous.");

        Assert.Equal(1f, report[7]);
        Assert.Equal(1f, report[8]);
        Assert.Equal(0f, sided[7]);
    }

    [Fact]
    public void AJudgementOfTheTopicsPersonReadsAgainstTheTopicsDirection()
    {
        const string Confirm = "Judge Harlow should be confirmed";
        const string Remove = "Judge Harlow should be removed";
        var praise = Cues(Confirm, "The governor said Harlow is an honest and brilliant lawyer.");
        var scorn = Cues(Confirm, "Critics called Harlow a disgraceful and reckless choice.");

        Assert.True(praise[10] > 0 && praise[11] == 0); // two praising words, no condemning one
        Assert.True(scorn[11] > 0 && scorn[10] == 0);
        Assert.True(praise[12] > 0);
        Assert.True(scorn[12] < 0);
        Assert.Equal(1f, praise[13]); // "Harlow is an honest …": the judgement sits next to the topic's name
        Assert.Equal(-1f, scorn[13]); // "… Harlow a disgraceful …"
        Assert.Equal(-1f, Cues(Remove, "The governor said Harlow is an honest and brilliant lawyer.")[13]);
    }

    [Fact]
    public void AJudgementFarFromEveryTopicWordDoesNotCountAsAboutTheTopic()
    {
        var cues = Cues("Judge Harlow should be confirmed", "Harlow spoke on Monday after the weekend, when the storm had been terrible.");

        Assert.True(cues[11] > 0);
        Assert.Equal(0f, cues[13]);
    }

    [Fact]
    public void OnlyNewsRowsGetTheNewsIndicatorAndCopy()
    {
        var featurizer = new StanceFeaturizer(ModelMode.Fast, null);
        (string, string)[] pairs = [(Pass, "Smith welcomed the healthcare bill.")];
        var cueCount = (featurizer.DenseCount - 1) / 2;

        var news = featurizer.Build(pairs, StanceDomain.News)[0].Dense;
        var debate = featurizer.Build(pairs, StanceDomain.Debate)[0].Dense;

        Assert.Equal(news[..cueCount], debate[..cueCount]);
        Assert.Equal(1f, news[cueCount]);
        Assert.Equal(news[..cueCount], news[(cueCount + 1)..]);
        Assert.All(debate[cueCount..], v => Assert.Equal(0f, v));
    }

    [Fact]
    public void NeutralBiasTuningMovesOnlyTheNeutralBias()
    {
        var trained = StanceFixtures.Train(seed: 4).Classifier;
        var featurizer = new StanceFeaturizer(ModelMode.Fast, null);
        StancePair[] dev =
        [
            new(StanceFixtures.Topic, "The delegation arrived in Brussels on Monday.", StanceLabels.Neutral, "news:a"),
            new(StanceFixtures.Topic, "The talks were scheduled for Tuesday.", StanceLabels.Neutral, "news:a"),
            new(StanceFixtures.Topic, "We welcome the guarantees.", StanceLabels.Support, "news:a"),
        ];

        var tuned = StanceTraining.TuneNeutralBias(trained, featurizer, dev, out var offset);
        var unchanged = StanceTraining.TuneNeutralBias(trained, featurizer, [], out var none);

        Assert.Equal(0f, none);
        Assert.Same(trained, unchanged);
        var neutral = tuned.Labels.ToList().IndexOf(StanceLabels.Neutral);
        for (var c = 0; c < tuned.Labels.Count; c++)
        {
            Assert.Equal(trained.Biases[c] + (c == neutral ? offset : 0f), tuned.Biases[c], 5);
        }
    }

    [Fact]
    public void CrossValidatedNeutralBiasTuningMovesOnlyTheNeutralBiasAndIsDeterministic()
    {
        var featurizer = new StanceFeaturizer(ModelMode.Fast, null);
        var options = new StanceTrainingOptions { Seed = 5, MismatchedNeutralRatio = 0 };
        var news = StanceFixtures.Pairs().Select((p, i) => p with { Group = "news:" + (i % 5) }).ToArray();
        var trained = StanceTraining.Train(StanceFixtures.Pairs(), news, featurizer, options).Classifier;

        var tuned = StanceTraining.TuneNeutralBiasByCrossValidation(trained, StanceTraining.BuildRows(StanceFixtures.Pairs(), news, featurizer, options), news, featurizer, options, out var offset, out _);
        StanceTraining.TuneNeutralBiasByCrossValidation(trained, StanceTraining.BuildRows(StanceFixtures.Pairs(), news, featurizer, options), news, featurizer, options, out var again, out _);

        Assert.Equal(offset, again);
        var neutral = tuned.Labels.ToList().IndexOf(StanceLabels.Neutral);
        for (var c = 0; c < tuned.Labels.Count; c++)
        {
            Assert.Equal(trained.Biases[c] + (c == neutral ? offset : 0f), tuned.Biases[c], 5);
        }
    }

    [Fact]
    public void TrainingWithNewsRowsIsDeterministic()
    {
        var news = StanceFixtures.Pairs().Select(p => p with { Group = "news:" + p.Group }).ToArray();
        var options = new StanceTrainingOptions { Seed = 6, MismatchedNeutralRatio = 0.5 };
        float[] Probabilities() => StanceTraining.Train(StanceFixtures.Pairs(), news, new StanceFeaturizer(ModelMode.Fast, null), options)
            .Classifier.Predict(new StanceFeaturizer(ModelMode.Fast, null).Build([(StanceFixtures.Topic, "We welcome the guarantees.")])[0]);

        Assert.Equal(Probabilities(), Probabilities());
    }

    private static float[] Cues(string topic, string statement)
    {
        var featurizer = new StanceFeaturizer(ModelMode.Fast, null);
        var dense = featurizer.Build([(topic, statement)], StanceDomain.Debate)[0].Dense;
        return dense[StanceCuesCount..(StanceCuesCount + StancePairCues.Count)];
    }

    private static int StanceCuesCount => NewsNlp.Stance.StanceCues.Count;
}
