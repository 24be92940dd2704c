using NewsNlp.Analysis.Clusters;

namespace NewsNlp.Tests.Analysis.Clusters;

public class WordClusterTrainerTests
{
    // Two families of words far apart, each in four tight groups: the top level must separate the families
    // and the first split the groups.
    private static (string[] Words, FloatMatrix Vectors) Fixture()
    {
        const int dimensions = 10;
        var random = new Random(3);
        var words = new List<string>();
        var data = new List<float>();
        for (var g = 0; g < 8; g++)
        {
            for (var i = 0; i < 6; i++)
            {
                var vector = new float[dimensions];
                vector[g / 4] = 3;
                vector[2 + g] = 1;
                words.Add($"g{g}w{i}");
                data.AddRange(vector.Select(c => c + (float)((random.NextDouble() - 0.5) * 0.02)));
            }
        }

        return (words.ToArray(), new FloatMatrix("fixture", words.Count, dimensions, data.ToArray()));
    }

    private static byte[] Bytes(WordClusters clusters)
    {
        using var stream = new MemoryStream();
        clusters.Save(stream);
        return stream.ToArray();
    }

    private static WordClusters Train(int seed)
    {
        var (words, vectors) = Fixture();
        return WordClusterTrainer.Train(words, vectors, topCount: 2, seed, maxIterations: 20, new Dictionary<string, string> { ["name"] = "fixture" });
    }

    [Fact]
    public void Same_vectors_and_seed_give_the_same_bytes()
    {
        Assert.Equal(Bytes(Train(seed: 7)), Bytes(Train(seed: 7)));
    }

    [Fact]
    public void Paths_follow_the_groups_and_survive_a_save()
    {
        var clusters = WordClusters.Load(new MemoryStream(Bytes(Train(seed: 1))));
        Assert.Equal(48, clusters.Count);
        Assert.Equal("2/8/32", clusters.Metadata["levels"]);

        int At(string word, int level) => WordClusters.Prefix(clusters.Paths[word], level);
        for (var g = 0; g < 8; g++)
        {
            for (var i = 1; i < 6; i++)
            {
                Assert.Equal(At($"g{g}w0", 1), At($"g{g}w{i}", 1));
            }

            Assert.Equal(At("g0w0", 0) == At($"g{g}w0", 0), g < 4);
        }

        Assert.Equal(8, Enumerable.Range(0, 8).Select(g => At($"g{g}w0", 1)).Distinct().Count());
        Assert.Equal(-1, WordClusters.Prefix(0, 0));
    }
}
