using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

public class EntityRecognizerTests
{
    private static byte[] Bytes(EntityRecognizer model)
    {
        using var ms = new MemoryStream();
        model.Save(ms);
        return ms.ToArray();
    }

    private static List<(string Text, string Type)> Names(EntityRecognizer model, string sentence)
    {
        var s = new EntitySentence("doc", sentence.Split(' '), []);
        var found = new List<RecognizedName>();
        model.Recognize(s.Text, s.Tokens.ToArray(), new DocumentMemory(), found);
        return found.Select(f => (string.Join(' ', s.Words.Skip(f.FirstToken).Take(f.EndToken - f.FirstToken)), f.Type)).ToList();
    }

    [Fact]
    public void Iob2_reader_turns_labels_into_spans_per_document()
    {
        var corpus = EntityFixture.Corpus();
        Assert.Equal(12, corpus.Count);
        Assert.Equal("fixture-1", corpus[0].DocId);
        Assert.Equal("fixture-5", corpus[4].DocId);
        Assert.Equal([new EntityAnnotation(0, 2, "PER"), new EntityAnnotation(3, 4, "LOC")], corpus[0].Entities);
    }

    [Fact]
    public void Trained_recogniser_finds_the_fixture_names()
    {
        var model = EntityFixture.Train(seed: 5);
        var corpus = EntityFixture.Corpus();
        var scores = EntityEvaluation.Evaluate(model, corpus);
        Assert.True(scores.Overall.F1 > 0.95, $"F1 on its own training data was {scores.Overall.F1:F3}");
        Assert.Contains(("Angela Merkel", "PER"), Names(model, "Angela Merkel met Obama in Berlin ."));
        Assert.Contains(("Berlin", "LOC"), Names(model, "Angela Merkel met Obama in Berlin ."));
    }

    [Fact]
    public void Lowercased_copies_teach_lowercase_names()
    {
        var model = EntityFixture.Train(seed: 5);
        Assert.Contains(("seattle", "LOC"), Names(model, "maria lopez works for amazon in seattle ."));
    }

    [Fact]
    public void Same_seed_gives_byte_identical_model_that_round_trips()
    {
        var first = Bytes(EntityFixture.Train(seed: 3));
        Assert.Equal(first, Bytes(EntityFixture.Train(seed: 3)));
        var loaded = EntityRecognizer.Load(new MemoryStream(first));
        Assert.Equal(["PER", "ORG", "LOC"], loaded.Types);
        Assert.Contains(("Angela Merkel", "PER"), Names(loaded, "Angela Merkel met Obama in Berlin ."));
    }

    [Fact]
    public void A_model_trained_on_tagged_tokens_asks_the_pipeline_for_tags()
    {
        var tagger = PosTagger.Shared;
        var options = new EntityTrainingOptions { Seed = 1, Epochs = 8, TableBits = 14, Tagger = tagger };
        var tagged = EntityRecognizerTrainer.Train(EntityFixture.Corpus(), WordListLexicon.Empty, options, new Dictionary<string, string> { ["name"] = "fixture" });
        using var file = new MemoryStream();
        tagged.Save(file);
        var loaded = EntityRecognizer.Load(new MemoryStream(file.ToArray()));
        var untagged = EntityFixture.Train(seed: 1);

        Assert.True(loaded.UsesPartOfSpeech);
        Assert.False(untagged.UsesPartOfSpeech);
        Assert.True(new NerStage(loaded).Requires.HasFlag(Layer.PartOfSpeech));
        Assert.False(new NerStage(untagged).Requires.HasFlag(Layer.PartOfSpeech));

        var sentence = new EntitySentence("doc", "Angela Merkel met Obama in Berlin .".Split(' '), []);
        var tokens = CorpusTokens.Of(sentence, tagger);
        Assert.Equal(Upos.PROPN, tokens[5].Pos);
        var found = new List<RecognizedName>();
        loaded.Recognize(sentence.Text, tokens, null, found);
        Assert.Contains(found, f => f.FirstToken == 5 && f.EndToken == 6 && f.Type == "LOC");
    }

    [Fact]
    public void Averaged_seeds_with_document_memory_train_deterministically_and_find_the_names()
    {
        var options = new EntityTrainingOptions { Seed = 2, Seeds = 2, Epochs = 8, TableBits = 14, DocumentFeatures = true };
        EntityRecognizer Train() => EntityRecognizerTrainer.Train(EntityFixture.Corpus(), WordListLexicon.Empty, options, new Dictionary<string, string> { ["name"] = "fixture" });
        var model = Train();

        Assert.Equal(Bytes(model), Bytes(Train()));
        Assert.Equal("yes", model.Metadata["document_features"]);
        Assert.Equal("2", model.Metadata["seeds"]);
        Assert.True(EntityEvaluation.Evaluate(model, EntityFixture.Corpus()).Overall.F1 > 0.9);
        Assert.Contains(("Angela Merkel", "PER"), Names(model, "Angela Merkel met Obama in Berlin ."));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\0\0\uFFFF")]
    [InlineData("\uD800 broken surrogate")]
    [InlineData("A")]
    public void Hostile_sentences_never_throw(string sentence)
    {
        var model = EntityFixture.Train(seed: 1);
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var s = new EntitySentence("doc", words, []);
        var found = new List<RecognizedName>();
        model.Recognize(s.Text, s.Tokens.ToArray(), null, found);
        model.Recognize(new string('x', 5000), Enumerable.Range(0, 5000).Select(i => new Token(i, i + 1)).ToArray(), new DocumentMemory(), found);
        Assert.All(found, f => Assert.True(f.EndToken > f.FirstToken));
    }
}
