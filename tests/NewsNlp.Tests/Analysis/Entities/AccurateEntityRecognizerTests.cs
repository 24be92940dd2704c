using NewsNlp.Analysis.Contextual;
using NewsNlp.Analysis.Entities;
using NewsNlp.Documents;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

public class AccurateEntityRecognizerTests
{
    private static readonly NerHeadTrainingOptions Options = new() { Seed = 2, Epochs = 12, HiddenUnits = 16, LearningRate = 0.02f, BatchTokens = 8 };

    private static readonly Lazy<(EntitySentence Sentence, ContextualVectors Vectors)[]> Fixture = new(() =>
    {
        var corpus = EntityFixture.Corpus();
        return [.. corpus.Zip(EntityVectors.Encode(corpus, cache: null))];
    });

    private static NerHead TrainHead(IReadOnlyList<string> types) =>
        NerHeadTrainer.Train(Fixture.Value, Fixture.Value, types, Options, new Dictionary<string, string> { ["name"] = "fixture-head" });

    private static byte[] Bytes(NerHead head)
    {
        using var ms = new MemoryStream();
        head.Save(ms);
        return ms.ToArray();
    }

    private static List<(string Text, string Type)> Names(INameRecognizer recognizer, string sentence)
    {
        var s = new EntitySentence("doc", sentence.Split(' '), []);
        var found = new List<RecognizedName>();
        recognizer.Recognize(s.Text, s.Tokens.ToArray(), new DocumentMemory(), found);
        return found.Select(f => (string.Join(' ', s.Words.Skip(f.FirstToken).Take(f.EndToken - f.FirstToken)), f.Type)).ToList();
    }

    [Fact]
    public void The_head_alone_carries_a_recogniser_that_knows_no_names()
    {
        var silent = EntityFixture.Silent();
        var head = TrainHead(silent.Types);
        const string sentence = "Angela Merkel met Obama in Berlin .";

        Assert.Empty(Names(silent, sentence));
        var found = Names(new AccurateEntityRecognizer(silent, head, weight: 4f, priorShare: 0f), sentence);

        Assert.Contains(("Berlin", "LOC"), found);
        Assert.Contains(("Angela Merkel", "PER"), found);
    }

    [Fact]
    public void Vectors_made_for_many_sentences_at_once_find_the_names_found_sentence_by_sentence()
    {
        var fast = EntityFixture.Train(seed: 5);
        var accurate = new AccurateEntityRecognizer(fast, TrainHead(fast.Types), weight: 1f, priorShare: 0f);
        var sentences = Fixture.Value.Select(f => f.Sentence).ToArray();

        var vectors = accurate.Vectors([.. sentences.Select(s => EntityVectors.InputOf(s.Text, s.Tokens.ToArray()))]);

        Assert.Equal(sentences.Length, vectors.Length);
        for (var i = 0; i < sentences.Length; i++)
        {
            var tokens = sentences[i].Tokens.ToArray();
            List<RecognizedName> alone = [], together = [];
            accurate.Recognize(sentences[i].Text, tokens, null, alone);
            accurate.Recognize(sentences[i].Text, tokens, vectors[i], null, together);
            Assert.Equal(alone, together);
        }
    }

    [Fact]
    public void The_stage_reports_the_names_the_accurate_recogniser_finds()
    {
        var silent = EntityFixture.Silent();
        var accurate = new AccurateEntityRecognizer(silent, TrainHead(silent.Types), weight: 4f, priorShare: 0f);

        var mentions = NerStageTests.Mentions("Angela Merkel met Obama in Berlin .", accurate);

        Assert.Contains(("Angela Merkel", "PERSON"), mentions);
        Assert.DoesNotContain(("Angela Merkel", "PERSON"), NerStageTests.Mentions("Angela Merkel met Obama in Berlin .", silent));
    }

    [Fact]
    public void Each_label_is_weighted_by_its_type_and_a_uniform_type_weight_is_the_one_weight()
    {
        var fast = EntityFixture.Train(seed: 5);
        var head = TrainHead(fast.Types);
        var sentence = new EntitySentence("doc", "Angela Merkel met Obama in Berlin .".Split(' '), []);
        var tokens = sentence.Tokens.ToArray();
        var vectors = EntityVectors.Encode([sentence], cache: null)[0];
        var labels = new Bilou(fast.Types);
        var one = new float[tokens.Length * labels.Count];
        var typed = new float[one.Length];
        var perType = Enumerable.Range(0, labels.Count).Select(l => l == 0 ? 1f : Bilou.TypeOf(l) == 0 ? 2f : 0f).ToArray();

        head.LogProbabilities(vectors, sentence.Text, tokens, Enumerable.Repeat(1f, labels.Count).ToArray(), 1f, one);
        head.LogProbabilities(vectors, sentence.Text, tokens, perType, 1f, typed);

        for (var i = 0; i < one.Length; i++)
        {
            Assert.Equal(perType[i % labels.Count] * one[i], typed[i], 1e-5f);
        }

        var uniform = new AccurateEntityRecognizer(fast, head, weight: 0.5f, priorShare: 1f, typeWeights: [.. fast.Types.Select(_ => 0.5f)]);
        Assert.Equal(Names(new AccurateEntityRecognizer(fast, head, weight: 0.5f, priorShare: 1f), sentence.Text), Names(uniform, sentence.Text));
    }

    [Fact]
    public void Type_weights_come_from_the_metadata_and_default_to_the_one_weight()
    {
        var silent = EntityFixture.Silent();
        var head = TrainHead(silent.Types);
        var stored = silent.Types.Select((_, i) => 0.25f * (i + 1)).ToArray();
        var withWeights = head.WithMetadata(new Dictionary<string, string> { ["weight"] = "0.4", ["type_weights"] = AccurateEntityRecognizer.FormatTypeWeights(stored) });
        var malformed = head.WithMetadata(new Dictionary<string, string> { ["weight"] = "0.4", ["type_weights"] = "0.1,x" });

        Assert.Equal(stored, new AccurateEntityRecognizer(silent, NerHead.Load(new MemoryStream(Bytes(withWeights)))).TypeWeights);
        Assert.All(new AccurateEntityRecognizer(silent, malformed).TypeWeights, w => Assert.Equal(0.4f, w));
        Assert.Throws<ArgumentException>(() => new AccurateEntityRecognizer(silent, head, typeWeights: [1f]));
    }

    [Fact]
    public void With_weight_zero_it_finds_what_the_fast_recogniser_finds()
    {
        var fast = EntityFixture.Train(seed: 5);
        var accurate = new AccurateEntityRecognizer(fast, TrainHead(fast.Types), weight: 0f);

        foreach (var sentence in new[] { "Angela Merkel met Obama in Berlin .", "maria lopez works for amazon in seattle ." })
        {
            Assert.Equal(Names(fast, sentence), Names(accurate, sentence));
        }
    }

    [Fact]
    public void Same_data_and_seed_give_the_same_bytes_and_the_file_round_trips()
    {
        var fast = EntityFixture.Train(seed: 5);
        var first = Bytes(TrainHead(fast.Types));

        Assert.Equal(first, Bytes(TrainHead(fast.Types)));
        var loaded = NerHead.Load(new MemoryStream(first));
        Assert.Equal(first, Bytes(loaded));
        Assert.Equal("fixture-head", loaded.Metadata["name"]);
        Assert.Equal(fast.Types, loaded.Types);
    }

    [Fact]
    public void A_head_for_other_types_or_a_foreign_file_is_refused()
    {
        var fast = EntityFixture.Train(seed: 5);

        Assert.Throws<InvalidDataException>(() => new AccurateEntityRecognizer(fast, TrainHead(["PER", "LOC"])));
        Assert.Throws<InvalidDataException>(() => NerHead.Load(new MemoryStream([1, 2, 3, 4, 5])));
    }

    [Fact]
    public void An_empty_sentence_finds_nothing()
    {
        var fast = EntityFixture.Train(seed: 5);
        var found = new List<RecognizedName>();

        new AccurateEntityRecognizer(fast, TrainHead(fast.Types)).Recognize(string.Empty, [], null, found);

        Assert.Empty(found);
    }
}
