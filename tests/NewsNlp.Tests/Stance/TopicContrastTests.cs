using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class TopicContrastTests
{
    [Theory]
    [InlineData("The healthcare bill should be repealed", "The healthcare bill should not be repealed")]
    [InlineData("Kavanaugh should not be confirmed", "Kavanaugh should be confirmed")]
    [InlineData("Ozone is harmful to crops", "Ozone is not harmful to crops")]
    [InlineData("Security guarantees for Ukraine", "It is not the case that Security guarantees for Ukraine")]
    public void NegatesTheTopicAtItsFirstAuxiliary(string topic, string negated) =>
        Assert.Equal(negated, TopicContrast.Negate(topic));

    [Fact]
    public void AStatementNearerTheNegationGetsANegativeDifference()
    {
        float[] t = [1f, 0f, 0f];
        float[] negated = [0.6f, 0.8f, 0f];
        float[] statement = [0f, 1f, 0f];
        var into = new float[TopicContrast.Count];

        TopicContrast.Write(statement, t, negated, into);

        Assert.Equal([0f, 0.8f, -0.8f], into);
    }

    [Fact]
    public void AccurateRowsCarryTheContrastAndEmbedEachTopicOnce()
    {
        var source = new CountingEmbeddings();
        var featurizer = new StanceFeaturizer(ModelMode.Accurate, source);
        (string, string)[] pairs = [("The bill should pass", "We back the bill."), ("The bill should pass", "We reject it."), ("The bill should pass", "No comment.")];

        var rows = featurizer.Build(pairs);

        Assert.All(rows, r => Assert.Equal(featurizer.DenseCount, r.Dense.Length));
        Assert.Equal(["The bill should pass", "The bill should not pass"], source.Topics);
        var contrast = rows[0].Dense[^TopicContrast.Count..];
        Assert.Equal(contrast[0] - contrast[1], contrast[2], 5);
    }

    /// <summary>Deterministic unit vectors from the text's length; records the texts that look like topics.</summary>
    private sealed class CountingEmbeddings : IEmbeddingSource
    {
        public List<string> Topics { get; } = [];

        public float[][] Sentences(IReadOnlyList<string> texts)
        {
            Topics.AddRange(texts.Where(t => t.Contains("should", StringComparison.Ordinal)));
            return texts.Select(t =>
            {
                var v = new float[SentenceEmbedder.Dimensions];
                v[t.Length % v.Length] = 0.6f;
                v[(t.Length * 7) % v.Length] += 0.8f;
                var norm = MathF.Sqrt(v.Sum(x => x * x));
                return v.Select(x => x / norm).ToArray();
            }).ToArray();
        }
    }
}
