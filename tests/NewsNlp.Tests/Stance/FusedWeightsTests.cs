using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class FusedWeightsTests
{
    [Fact]
    public void FusedScoresEqualTheFeatureByFeatureSumBitForBit()
    {
        var classifier = StanceFixtures.Train(seed: 2).Classifier.Quantised();
        var fused = FusedWeights.TryCreate(classifier.Features, classifier.Weights, classifier.QuantisationStep);
        Assert.NotNull(fused);
        string[] statements = ["We welcome the guarantees, we welcome them.", "We reject these guarantees as dangerous.", "Talks were held.", string.Empty];
        var rows = new StanceFeaturizer(ModelMode.Fast, null).Build(statements.Select(s => (StanceFixtures.Topic, s)).ToArray());

        foreach (var row in rows)
        {
            var actual = classifier.Biases.ToArray();
            fused.AddNgramScores(row, actual);

            Assert.Equal(Reference(classifier, row), actual);
        }
    }

    // The general path's arithmetic: per block, features in first-seen order, count times unit scale.
    private static float[] Reference(Classifier classifier, ModelInput row)
    {
        var scores = classifier.Biases.ToArray();
        var counts = new BlockCounts();
        for (var block = 0; block < FeatureSpace.BlockCount; block++)
        {
            classifier.Features.CountBlock(row, block, counts);
            var scale = counts.InverseLength();
            foreach (var feature in counts.Touched)
            {
                for (var c = 0; c < scores.Length; c++)
                {
                    scores[c] += classifier.Weights[(feature * scores.Length) + c] * (counts.CountOf(feature) * scale);
                }
            }

            counts.Clear();
        }

        return scores;
    }

    [Fact]
    public void WeightsOffTheQuantisationStepGetNoFusedTable()
    {
        var classifier = StanceFixtures.Train(seed: 2).Classifier.Quantised();
        var weights = classifier.Weights.ToArray();
        weights[0] += classifier.QuantisationStep / 3;

        Assert.Null(FusedWeights.TryCreate(classifier.Features, weights, classifier.QuantisationStep));
    }
}
