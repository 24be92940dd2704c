using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;

namespace NewsNlp.Tests.Stance;

public sealed class PortrayalTargetVectorTests
{
    private const int Dimensions = SentenceEmbedder.Dimensions;

    // Two targets per sentence with opposite labels: only features of the target's own words tell them apart.
    private static readonly PortrayalExample[] Examples =
    [
        PortrayalTests.Example("Lee praised Kim, who cheated.", "Lee", StanceLabels.Positive),
        PortrayalTests.Example("Lee praised Kim, who cheated.", "Kim", StanceLabels.Negative),
        PortrayalTests.Example("Ray met Ann in Oslo.", "Ray", StanceLabels.Neutral),
        PortrayalTests.Example("Ann thanked Ray, who lied.", "Ann", StanceLabels.Positive),
        PortrayalTests.Example("Ann thanked Ray, who lied.", "Ray", StanceLabels.Negative),
        PortrayalTests.Example("Kim met Lee in Rome.", "Lee", StanceLabels.Neutral),
    ];

    private static PortrayalFeaturizer Featurizer(TargetVectorOptions? options, IWordVectorSource? source = null) =>
        new(ModelMode.Accurate, new PortrayalTests.LetterCountEmbeddings(), PortrayalLexicon.Empty, options, source ?? new NeighbourWordVectors());

    [Fact]
    public void PoolingAveragesTheTargetsWordsAndItsContextWords()
    {
        var words = TargetWords.Of("Jane Doe resigned today", 0, 8, TargetMarking.None, reach: 2);
        var vectors = new float[words.Words.Length * Dimensions];
        for (var w = 0; w < words.Words.Length; w++)
        {
            vectors[(w * Dimensions) + 1] = w + 1; // 1, 2, 3, 4 in the second dimension
        }

        var pooled = new float[2 * Dimensions];
        new TargetVectorOptions(TargetMarking.None, Reach: 2, PerceptronOnly: false).Pool(words, vectors, pooled);

        Assert.Equal(1.5f, pooled[1]); // Jane and Doe
        Assert.Equal(3.5f, pooled[Dimensions + 1]); // resigned and today
        Assert.Equal(2, pooled.Count(v => v != 0f));
    }

    [Fact]
    public void TwoTargetsOfOneSentenceGetDifferentTargetVectors()
    {
        var featurizer = Featurizer(new TargetVectorOptions(TargetMarking.Brackets, Reach: 0, PerceptronOnly: false));

        var rows = featurizer.Build([(Examples[0].Sentence, Examples[0].TargetStart, Examples[0].TargetEnd), (Examples[1].Sentence, Examples[1].TargetStart, Examples[1].TargetEnd)]);

        Assert.Equal(featurizer.DenseCount, featurizer.LinearDenseCount);
        var targetA = rows[0].Dense.AsSpan(featurizer.DenseCount - Dimensions);
        var targetB = rows[1].Dense.AsSpan(featurizer.DenseCount - Dimensions);
        Assert.Contains(targetA.ToArray(), v => v > 0f);
        Assert.False(targetA.SequenceEqual(targetB));
    }

    [Fact]
    public void PerceptronOnlyVectorsAreLeftOutOfTheLinearModel()
    {
        var plain = Featurizer(null);
        var featurizer = Featurizer(new TargetVectorOptions(TargetMarking.None, Reach: 1, PerceptronOnly: true));

        var linear = PortrayalTraining.Train(Examples, featurizer, seed: 3, l2: 0.1f).Classifier;

        Assert.Equal(plain.DenseCount, featurizer.LinearDenseCount);
        Assert.Equal(plain.DenseCount + (2 * Dimensions), featurizer.DenseCount);
        Assert.Equal(featurizer.LinearDenseCount, linear.DenseCount);
    }

    [Fact]
    public void ASavedModelWithTargetVectorsLoadsWithThemAndPredictsTheSame()
    {
        var options = new TargetVectorOptions(TargetMarking.Brackets, Reach: 2, PerceptronOnly: true);
        var featurizer = Featurizer(options);
        var rows = PortrayalTraining.LabelledRows(Examples, featurizer);
        var linear = ClassifierTrainer.Train(rows, featurizer.LinearDenseCount, seed: 5, l2: 0.1f).Classifier;
        var mlps = PortrayalTraining.TrainMlps(rows, linear.Labels, new PortrayalTrainingOptions(Seed: 5, L2: 0.1f, MlpCount: 1, MlpHidden: 4, MlpEpochs: 3)).Select(m => m.Quantised()).ToArray();
        var model = new PortrayalModel(linear, featurizer, "portrayal-accurate", mlps, 0.5f);
        var path = Path.Combine(Path.GetTempPath(), $"portrayal-target-{Guid.NewGuid():N}.bin");
        try
        {
            PortrayalModelFile.Save(model, path);
            var loaded = PortrayalModel.Load(ModelMode.Accurate, path, new PortrayalTests.LetterCountEmbeddings(), new NeighbourWordVectors());
            (string, int, int)[] items = [("Lee praised Kim, who cheated.", 0, 3), ("Lee praised Kim, who cheated.", 12, 15)];

            Assert.Equal(options, loaded.Featurizer.TargetVectors);
            Assert.Equal(model.Predict(items), loaded.Predict(items));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AModelWithoutTargetVectorsNeedsNoWordVectorsWhenLoaded()
    {
        var featurizer = Featurizer(null, new ThrowingWordVectors());
        var model = new PortrayalModel(PortrayalTraining.Train(Examples, featurizer, seed: 5, l2: 0.1f).Classifier, featurizer, "portrayal-accurate");
        var path = Path.Combine(Path.GetTempPath(), $"portrayal-plain-{Guid.NewGuid():N}.bin");
        try
        {
            PortrayalModelFile.Save(model, path);
            var loaded = PortrayalModel.Load(ModelMode.Accurate, path, new PortrayalTests.LetterCountEmbeddings(), new ThrowingWordVectors());

            Assert.Null(loaded.Featurizer.TargetVectors);
            Assert.Equal(model.Predict([("Ray met Ann.", 0, 3)]), loaded.Predict([("Ray met Ann.", 0, 3)]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Stand-in contextual vectors: a word's vector counts its own letters and, at half weight, the next
    /// word's, so the same name gets a different vector in a different place.
    /// </summary>
    private sealed class NeighbourWordVectors : IWordVectorSource
    {
        public float[][] WordVectors(IReadOnlyList<TargetWords> inputs) => [.. inputs.Select(input =>
        {
            var vectors = new float[input.Words.Length * Dimensions];
            for (var w = 0; w < input.Words.Length; w++)
            {
                Add(input, w, 1f, vectors.AsSpan(w * Dimensions, Dimensions));
                if (w + 1 < input.Words.Length)
                {
                    Add(input, w + 1, 0.5f, vectors.AsSpan(w * Dimensions, Dimensions));
                }
            }

            return vectors;
        })];

        private static void Add(TargetWords input, int word, float weight, Span<float> vector)
        {
            foreach (var c in input.Text.AsSpan(input.Words[word].Start, input.Words[word].End - input.Words[word].Start))
            {
                vector[char.ToLowerInvariant(c) % Dimensions] += weight;
            }
        }
    }

    private sealed class ThrowingWordVectors : IWordVectorSource
    {
        public float[][] WordVectors(IReadOnlyList<TargetWords> inputs) => throw new InvalidOperationException("no word vectors expected");
    }
}
