using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class ClassifierTests
{
    private static readonly string[] Statements =
    [
        "We welcome the guarantees.",
        "We reject these guarantees as dangerous.",
        "The talks were held on Monday.",
        "Nobody here has heard of any of this.",
        string.Empty,
    ];

    private static ModelInput[] Rows() =>
        new StanceFeaturizer(ModelMode.Fast, null).Build(Statements.Select(s => (StanceFixtures.Topic, s)).ToArray());

    [Fact]
    public void OwnScoringReproducesMlNetsProbabilities()
    {
        var trained = StanceFixtures.Train(seed: 2);

        foreach (var row in Rows())
        {
            var expected = trained.PredictWithMlNet(row);
            var actual = trained.Exact.Predict(row);

            Assert.Equal(expected.Length, actual.Length);
            for (var c = 0; c < expected.Length; c++)
            {
                Assert.InRange(actual[c], expected[c] - 1e-4f, expected[c] + 1e-4f);
            }
        }
    }

    [Fact]
    public void SixteenBitWeightsMoveProbabilitiesByLessThanOneInAThousand()
    {
        var trained = StanceFixtures.Train(seed: 2);

        foreach (var row in Rows())
        {
            var exact = trained.Exact.Predict(row);
            var shipped = trained.Classifier.Predict(row);
            for (var c = 0; c < exact.Length; c++)
            {
                Assert.InRange(shipped[c], exact[c] - 1e-3f, exact[c] + 1e-3f);
            }
        }
    }

    [Fact]
    public void EachNgramBlockIsAUnitVectorAndIndicesAscend()
    {
        var space = StanceFixtures.Train(seed: 2).Classifier.Features;
        var row = new ModelInput { Text = "we welcome the guarantees we welcome", Context = "ctx", Dense = new float[space.DenseCount] };
        List<int> indices = [];
        List<float> values = [];

        space.Vectorise(row, indices, values);

        Assert.NotEmpty(indices);
        Assert.Equal(indices.Order(), indices);
        Assert.Equal(indices.Distinct().Count(), indices.Count);
        var squares = values.Sum(v => v * v);
        Assert.InRange(squares, 1.99f, 3.01f); // two or three blocks with known n-grams, each of length 1
    }

    [Fact]
    public void CaseAndCurlyApostrophesDoNotChangeTheFeatures()
    {
        List<ulong> lower = [], mixed = [];

        NgramHasher.AddWordGrams("we don't agree", 1, lower);
        NgramHasher.AddWordGrams("We DON\u2019T agree", 1, mixed);

        Assert.Equal(lower, mixed);
        Assert.Equal(5, lower.Count); // three words, two bigrams
    }

    [Fact]
    public void ShortAndEmptyTextsStillHaveCharacterFeatures()
    {
        List<ulong> empty = [], word = [];

        NgramHasher.AddCharGrams(string.Empty, 2, empty);
        NgramHasher.AddCharGrams("ab", 2, word);

        Assert.Single(empty);
        Assert.Single(word);
        Assert.NotEqual(empty, word);
    }

    [Fact]
    public void SaltsKeepColumnsApartEvenForWordsOneBitApart()
    {
        List<ulong> textColumn = [], contextColumn = [];

        // 'a' ^ 'c' is the bit in which salts 1 and 3 differ: a naive XOR of the salt would collide.
        NgramHasher.AddWordGrams("atx ctx", 1, textColumn);
        NgramHasher.AddWordGrams("ctx atx", 3, contextColumn);

        Assert.Empty(textColumn.Intersect(contextColumn));
    }
}
