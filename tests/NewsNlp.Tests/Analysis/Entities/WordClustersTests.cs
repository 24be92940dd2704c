using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

public class WordClustersTests
{
    private static readonly Dictionary<string, string> Meta = new() { ["name"] = "fixture" };

    /// <summary>Fake "embeddings": words starting with a vowel point one way, the others another, with small per-word wiggles.</summary>
    private static float[][] Embed(IReadOnlyList<string> words) =>
        words.Select(w =>
        {
            var vowel = "aeiou".Contains(w[0], StringComparison.Ordinal);
            var v = new float[] { vowel ? 1f : 0.05f, vowel ? 0.05f : 1f, w.Length / 100f };
            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return v.Select(x => x / norm).ToArray();
        }).ToArray();

    private static readonly string[] Words = ["apple", "orange", "umbrella", "idea", "berlin", "paris", "tokyo", "madrid", "oslo", "egypt"];

    [Fact]
    public void K_means_separates_the_two_directions_and_is_deterministic()
    {
        var clusters = WordClusterTrainer.Train(Words, Embed, clusterCount: 2, iterations: 10, seed: 4, Meta);
        var again = WordClusterTrainer.Train(Words, Embed, clusterCount: 2, iterations: 10, seed: 4, Meta);

        Assert.Equal(clusters.ClusterOf("apple"), clusters.ClusterOf("oslo"));
        Assert.Equal(clusters.ClusterOf("berlin"), clusters.ClusterOf("tokyo"));
        Assert.NotEqual(clusters.ClusterOf("apple"), clusters.ClusterOf("berlin"));
        Assert.Equal(0, clusters.ClusterOf("unknownword"));
        Assert.Equal(clusters.Fingerprint, again.Fingerprint);
    }

    [Fact]
    public void Clusters_round_trip_through_their_file()
    {
        var clusters = WordClusterTrainer.Train(Words, Embed, clusterCount: 3, iterations: 10, seed: 1, Meta);
        var path = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.bin");
        try
        {
            clusters.Save(path);
            var loaded = WordClusters.Load(path);
            Assert.Equal(clusters.Fingerprint, loaded.Fingerprint);
            Assert.All(Words, w => Assert.Equal(clusters.ClusterOf(w), loaded.ClusterOf(w)));
            Assert.Equal("fixture", loaded.Metadata["name"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Vocabulary_keeps_frequent_words_and_proper_names_in_lower_case()
    {
        var words = WordClusterTrainer.Vocabulary([("the", 100), ("of", 90), ("2025", 80), ("rare", 1)], ["Miramar", "table", "Aaron's", "X"], frequentCount: 3);
        Assert.Equal(["miramar", "of", "the"], words);
    }

    [Fact]
    public void A_recogniser_trained_with_clusters_refuses_other_clusters()
    {
        var clusters = WordClusterTrainer.Train(Words, Embed, clusterCount: 2, iterations: 10, seed: 1, Meta);
        var other = WordClusterTrainer.Train(Words, Embed, clusterCount: 3, iterations: 10, seed: 1, Meta);
        var options = new EntityTrainingOptions { Seed = 1, Epochs = 8, TableBits = 14, Clusters = clusters };
        var model = EntityRecognizerTrainer.Train(EntityFixture.Corpus(), WordListLexicon.Empty, options, Meta);
        using var file = new MemoryStream();
        model.Save(file);

        var loaded = EntityRecognizer.Load(new MemoryStream(file.ToArray()), clusters);
        Assert.True(EntityEvaluation.Evaluate(loaded, EntityFixture.Corpus()).Overall.F1 > 0.95);
        Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(new MemoryStream(file.ToArray()), other));
    }
}
