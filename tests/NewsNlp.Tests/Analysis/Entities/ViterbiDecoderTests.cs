using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

public class ViterbiDecoderTests
{
    private static readonly Bilou Labels = new(["PER", "ORG", "LOC"]);
    private static readonly FeatureSources Sources = new(Gazetteer.Default, WordListLexicon.Empty, PartOfSpeech: false);

    private static int[] Decode<TScorer>(TScorer scorer, string sentence)
        where TScorer : struct, ILabelScorer
    {
        var s = new EntitySentence("doc", sentence.Split(' '), []);
        var labels = new int[s.Words.Count];
        var confidences = new float[s.Words.Count];
        ViterbiDecoder.Decode(ref scorer, Labels.Count, Sources, s.Text, s.Tokens.ToArray(), null, labels, confidences);
        Assert.All(confidences, c => Assert.InRange(c, 0f, 1f));
        return labels;
    }

    private static void AssertValidBilou(int[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            var previous = i == 0 ? BilouPosition.Outside : Bilou.PositionOf(labels[i - 1]);
            var position = Bilou.PositionOf(labels[i]);
            var continues = position is BilouPosition.Inside or BilouPosition.Last;
            var open = previous is BilouPosition.Begin or BilouPosition.Inside;
            Assert.Equal(open, continues);
            if (continues)
            {
                Assert.Equal(Bilou.TypeOf(labels[i - 1]), Bilou.TypeOf(labels[i]));
            }
        }

        Assert.False(labels.Length > 0 && Bilou.PositionOf(labels[^1]) is BilouPosition.Begin or BilouPosition.Inside);
    }

    [Fact]
    public void A_model_that_always_wants_a_name_start_still_gets_closed_names()
    {
        // Greedy decoding would label every token B-PER; the search must turn that into one valid name.
        var scorer = new FixedScorer((Labels.Label(BilouPosition.Begin, 0), 5), (Labels.Label(BilouPosition.Inside, 0), 3), (Labels.Label(BilouPosition.Last, 0), 3));
        var labels = Decode(scorer, "Angela Dorothea Merkel");

        Assert.Equal([Labels.Label(BilouPosition.Begin, 0), Labels.Label(BilouPosition.Inside, 0), Labels.Label(BilouPosition.Last, 0)], labels);
        Assert.NotEqual(BilouPosition.Begin, Bilou.PositionOf(Decode(scorer, "Merkel")[0]));
    }

    [Fact]
    public void Function_words_outside_a_name_stay_outside_without_scoring()
    {
        var labels = Decode(new FixedScorer((Labels.Label(BilouPosition.Unit, 2), 5)), "Berlin , the Paris");

        Assert.Equal([Labels.Label(BilouPosition.Unit, 2), 0, 0, Labels.Label(BilouPosition.Unit, 2)], labels);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Any_scores_give_a_valid_bilou_sequence(int seed)
    {
        var random = new Random(seed);
        string[] words = ["Angela", "Merkel", "of", "the", "United", "States", "Department", ",", "said", "NATO", "x", "Kyiv"];
        for (var round = 0; round < 50; round++)
        {
            var sentence = string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]));
            AssertValidBilou(Decode(new HashedScorer((uint)seed), sentence));
        }
    }

    /// <summary>The same scores whatever the features: the given labels high, the others 0.</summary>
    private readonly struct FixedScorer(params (int Label, float Score)[] favourites) : ILabelScorer
    {
        public void Score(ReadOnlySpan<uint> features, Span<float> scores)
        {
            scores.Clear();
            foreach (var (label, score) in favourites)
            {
                scores[label] = score;
            }
        }

        public void Learn(ReadOnlySpan<uint> features, int truth, int guess)
        {
        }
    }

    /// <summary>Arbitrary but repeatable scores derived from the features, as an untrained model would give.</summary>
    private readonly struct HashedScorer(uint salt) : ILabelScorer
    {
        public void Score(ReadOnlySpan<uint> features, Span<float> scores)
        {
            for (var c = 0; c < scores.Length; c++)
            {
                var h = salt + (uint)c;
                foreach (var f in features)
                {
                    h = (h ^ f) * 16777619u;
                }

                scores[c] = (h % 1000) / 100f;
            }
        }

        public void Learn(ReadOnlySpan<uint> features, int truth, int guess)
        {
        }
    }
}
