using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class DecisionBiasTests
{
    private static readonly string[] Labels = ["a", "b"];

    [Fact]
    public void ShiftsTheBoundaryTowardsTheClassTheModelUnderPredicts()
    {
        // The model never predicts "b", though three rows are "b" and lean its way.
        float[][] probabilities = [[0.9f, 0.1f], [0.8f, 0.2f], [0.6f, 0.4f], [0.6f, 0.4f], [0.55f, 0.45f]];
        string[] gold = ["a", "a", "b", "b", "b"];

        var offsets = DecisionBias.Tune(Labels, probabilities, gold);

        Assert.Equal(0f, offsets[0]);
        Assert.InRange(offsets[1], 0.41f, 1f); // log(0.6/0.4) ≈ 0.405 must be overcome
    }

    [Fact]
    public void LeavesAModelThatIsAlreadyRightUnchanged()
    {
        float[][] probabilities = [[0.9f, 0.1f], [0.2f, 0.8f]];

        Assert.Equal([0f, 0f], DecisionBias.Tune(Labels, probabilities, ["a", "b"]));
    }

    [Fact]
    public void TuneOneMovesOnlyTheNamedClass()
    {
        // Three classes; "c" (the second column) is never predicted though two rows are "c".
        string[] labels = ["a", "c", "b"];
        float[][] probabilities = [[0.7f, 0.2f, 0.1f], [0.45f, 0.35f, 0.2f], [0.1f, 0.35f, 0.55f], [0.1f, 0.2f, 0.7f]];
        string[] gold = ["a", "c", "c", "b"];

        var offsets = DecisionBias.TuneOne(labels, probabilities, gold, "c");

        Assert.Equal(0f, offsets[0]);
        Assert.Equal(0f, offsets[2]);
        Assert.InRange(offsets[1], 0.46f, 1f); // log(0.55/0.35) ≈ 0.452 must be overcome
    }

    [Fact]
    public void TuneOneOfAnUnknownLabelChangesNothing()
    {
        Assert.Equal([0f, 0f], DecisionBias.TuneOne(Labels, [[0.9f, 0.1f]], ["b"], "neutral"));
    }

    [Fact]
    public void AnOffsetRaisesItsClassByExactlyThatMuchInLogOdds()
    {
        var classifier = StanceFixtures.Train(seed: 2).Classifier;
        var row = new StanceFeaturizer(ModelMode.Fast, null).Build([(StanceFixtures.Topic, "We welcome the guarantees.")])[0];
        var offsets = new float[classifier.Labels.Count];
        offsets[^1] = 0.5f;

        var before = classifier.Predict(row);
        var after = classifier.WithBiasOffsets(offsets).Predict(row);

        Assert.Equal(before, classifier.WithBiasOffsets(new float[offsets.Length]).Predict(row));
        Assert.Equal(0.5, Math.Log(after[^1] / after[0]) - Math.Log(before[^1] / before[0]), 3);
    }
}
