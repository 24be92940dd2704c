using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;

namespace NewsNlp.Tests.Stance;

public sealed class StanceTrainingTests
{
    [Fact]
    public void SameDataAndSeedGiveByteIdenticalModelFiles()
    {
        var dir = Directory.CreateTempSubdirectory("newsnlp-stance-");
        try
        {
            var first = Path.Combine(dir.FullName, "a.bin");
            var second = Path.Combine(dir.FullName, "b.bin");
            ModelFile.Save(StanceFixtures.Train(seed: 3), first);
            ModelFile.Save(StanceFixtures.Train(seed: 3), second);

            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void SavedModelLoadsAndPredictsTheSameProbabilities()
    {
        var dir = Directory.CreateTempSubdirectory("newsnlp-stance-");
        try
        {
            var trained = StanceFixtures.Train(seed: 5);
            var path = Path.Combine(dir.FullName, "m.bin");
            ModelFile.Save(trained, path);
            var featurizer = new StanceFeaturizer(ModelMode.Fast, null);
            var fresh = new StanceModel(trained.Classifier, featurizer, "stance-fast");
            var loaded = new StanceModel(ModelFile.Load(path), featurizer, "stance-fast");
            (string, string)[] pairs =
            [
                (StanceFixtures.Topic, "We welcome the guarantees."),
                (StanceFixtures.Topic, "We reject these guarantees as dangerous."),
                (StanceFixtures.Topic, "The talks were held on Monday."),
            ];

            var expected = fresh.Predict(pairs);
            var actual = loaded.Predict(pairs);

            Assert.Equal(expected, actual);
            Assert.All(actual, p => Assert.Equal(1.0, p.Support + p.Oppose + p.Neutral, 5));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void LoadingAModelOfAnotherModeIsAClearError()
    {
        var dir = Directory.CreateTempSubdirectory("newsnlp-stance-");
        try
        {
            var path = Path.Combine(dir.FullName, "fast.bin");
            ModelFile.Save(StanceFixtures.Train(seed: 5), path);

            Assert.NotNull(StanceModel.Load(ModelMode.Fast, path));
            var error = Assert.Throws<InvalidDataException>(() => StanceModel.Load(ModelMode.Accurate, path));
            Assert.Contains("retrain", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void TrainedModelSeparatesSupportFromOpposeOnItsOwnKindOfText()
    {
        var model = StanceFixtures.Model();
        var p = model.Predict([(StanceFixtures.Topic, "We welcome and support the guarantees."), (StanceFixtures.Topic, "We reject and oppose the guarantees.")]);

        Assert.Equal(StanceLabels.Support, p[0].Label);
        Assert.Equal(StanceLabels.Oppose, p[1].Label);
    }

    [Fact]
    public void EmptyTrainingDataIsAClearError()
    {
        var error = Assert.Throws<InvalidTrainingDataException>(() => StanceFixtures.Train(1, []));
        Assert.Contains("empty", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SingleClassTrainingDataIsAClearError()
    {
        var onlySupport = StanceFixtures.Pairs().Where(p => p.Label == StanceLabels.Support).ToArray();

        var error = Assert.Throws<InvalidTrainingDataException>(() => StanceFixtures.Train(1, onlySupport));
        Assert.Contains("one class", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MismatchedNeutralsPairStatementsWithAnotherGroupsTopicDeterministically()
    {
        StancePair[] pairs = [new("Topic A", "a1", "support", "A"), new("Topic A", "a2", "oppose", "A"), new("Topic B", "b1", "support", "B")];

        var first = StanceTraining.MismatchedNeutrals(pairs, 1.0, seed: 9);
        var second = StanceTraining.MismatchedNeutrals(pairs, 1.0, seed: 9);

        Assert.Equal(first, second);
        Assert.NotEmpty(first);
        Assert.All(first, n =>
        {
            Assert.Equal(StanceLabels.Neutral, n.Label);
            var original = pairs.Single(p => p.Statement == n.Statement);
            Assert.NotEqual(original.Topic, n.Topic);
        });
    }
}
