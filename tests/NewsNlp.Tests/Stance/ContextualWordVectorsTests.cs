using NewsNlp.Analysis.Contextual;
using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class ContextualWordVectorsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsnlp-portrayal-ctx-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static TargetWords Words(string sentence, string target)
    {
        var at = sentence.IndexOf(target, StringComparison.Ordinal);
        return TargetWords.Of(sentence, at, at + target.Length, TargetMarking.None, reach: 2);
    }

    [Fact]
    public void EachWordGetsAVectorThatDependsOnItsSentence()
    {
        TargetWords[] inputs = [Words("The council praised Kim for the rescue.", "Kim"), Words("The council sacked Kim after the scandal.", "Kim")];

        var vectors = ContextualWordVectors.Live.WordVectors(inputs);

        Assert.Equal(inputs[0].Words.Length * SentenceEmbedder.Dimensions, vectors[0].Length);
        var kimPraised = vectors[0].AsSpan(inputs[0].TargetFrom * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions);
        var kimSacked = vectors[1].AsSpan(inputs[1].TargetFrom * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions);
        Assert.False(kimPraised.SequenceEqual(kimSacked));
    }

    [Fact]
    public void TheCachedSourceGivesTheLiveVectorsAndReportsProgress()
    {
        TargetWords[] inputs = [Words("Officials thanked Ana Lopez.", "Ana Lopez"), Words("Ana Lopez denied it.", "Ana Lopez")];
        var reported = new List<(int Done, int Total)>();

        var cached = new ContextualWordVectors(new ContextualVectorCache(_folder), (done, total) => reported.Add((done, total))).WordVectors(inputs);
        var live = ContextualWordVectors.Live.WordVectors(inputs);

        Assert.Equal((2, 2), reported[^1]);
        for (var i = 0; i < inputs.Length; i++)
        {
            Assert.All(live[i].Zip(cached[i]), p => Assert.True(Math.Abs(p.First - p.Second) <= 2e-3 * Math.Max(1, Math.Abs(p.First))));
        }
    }
}
