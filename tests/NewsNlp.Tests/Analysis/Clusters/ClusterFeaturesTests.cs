using NewsNlp.Analysis.Clusters;
using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Clusters;

/// <summary>
/// Words the training data never saw, in a context that does not tell a name from a common noun: only
/// their clusters, shared with words the data did see, say which they are.
/// </summary>
public class ClusterFeaturesTests
{
    private static readonly string[] Names = ["anna", "boris", "clara", "dmitri", "elena", "fyodor"];
    private static readonly string[] Animals = ["cat", "dog", "hen", "cow", "goat", "horse"];
    private static readonly string[] UnseenNames = ["olga", "pavel", "ivan"];
    private static readonly string[] UnseenAnimals = ["sheep", "mouse", "duck"];

    private static readonly WordClusters Clusters = new(
        Names.Concat(UnseenNames).Select(w => KeyValuePair.Create(w, WordClusters.PathOf(0, 0, 0)))
            .Concat(Animals.Concat(UnseenAnimals).Select(w => KeyValuePair.Create(w, WordClusters.PathOf(1, 2, 3))))
            .ToDictionary(StringComparer.Ordinal),
        new Dictionary<string, string>());

    private static PosTagger TrainTagger(WordClusters clusters)
    {
        var sentences = new List<TaggedSentence>();
        foreach (var verb in new[] { "saw", "met", "fed" })
        {
            sentences.AddRange(Names.Select(n => TaggedSentence.FromWords([("we", Upos.PRON), (verb, Upos.VERB), (n, Upos.PROPN), (".", Upos.PUNCT)])));
            sentences.AddRange(Animals.Select(a => TaggedSentence.FromWords([("we", Upos.PRON), (verb, Upos.VERB), (a, Upos.NOUN), (".", Upos.PUNCT)])));
        }

        return PosTrainer.Train(sentences, new PosTrainer.Options
        {
            Seed = 1,
            Epochs = 5,
            TableBits = 14,
            // No lexicon: every word is scored as the unseen ones will be (tag sets would decide the seen ones alone).
            ClassMinCount = 1000,
            SureMinCount = 1000,
            WordList = WordListLexicon.Empty.WithClusters(clusters),
        });
    }

    private static Upos TagOf(PosTagger tagger, string word)
    {
        var (text, tokens) = Probe(word);
        tagger.Tag(text, tokens);
        return tokens[2].Pos;
    }

    [Fact]
    public void Tagger_tells_unseen_names_from_unseen_nouns_by_their_clusters()
    {
        var tagger = TrainTagger(Clusters);
        Assert.All(UnseenNames, name => Assert.Equal(Upos.PROPN, TagOf(tagger, name)));
        Assert.All(UnseenAnimals, animal => Assert.Equal(Upos.NOUN, TagOf(tagger, animal)));

        // Without clusters the same data cannot tell them apart: the unseen words all get one tag.
        var plain = TrainTagger(WordClusters.Empty);
        Assert.Single(UnseenNames.Concat(UnseenAnimals).Select(w => TagOf(plain, w)).Distinct());
    }

    [Fact]
    public void Tagger_keeps_its_clusters_through_a_save()
    {
        using var stream = new MemoryStream();
        TrainTagger(Clusters).Save(stream);
        stream.Position = 0;
        var loaded = PosTagger.Load(stream);
        Assert.Equal(Clusters.Count, loaded.WordList.ClusterCount);
        Assert.Equal(Upos.PROPN, TagOf(loaded, "olga"));
    }

    [Fact]
    public void Recogniser_finds_an_unseen_lower_case_name_by_its_cluster()
    {
        var corpus = new List<EntitySentence>();
        var doc = 0;
        foreach (var verb in new[] { "saw", "met", "fed" })
        {
            corpus.AddRange(Names.Select(n => Sentence($"d{doc++}", ["we", verb, n, "."], 2)));
            corpus.AddRange(Animals.Select(a => Sentence($"d{doc++}", ["we", verb, a, "."], -1)));
        }

        var options = new EntityTrainingOptions { Seed = 1, Epochs = 6, TableBits = 14, LowercaseCopies = false };
        var metadata = new Dictionary<string, string> { ["name"] = "fixture" };
        var model = EntityRecognizerTrainer.Train(corpus, WordListLexicon.Empty.WithClusters(Clusters), options, metadata);
        var saved = new MemoryStream();
        model.Save(saved);
        saved.Position = 0;
        var loaded = EntityRecognizer.Load(saved);

        foreach (var recogniser in new[] { model, loaded })
        {
            Assert.All(UnseenNames, name => Assert.Equal(["PER"], TypesFound(recogniser, name)));
            Assert.All(UnseenAnimals, animal => Assert.Empty(TypesFound(recogniser, animal)));
        }
    }

    // "we saw WORD ." as text and tokens: the word is token 2.
    private static (string Text, Token[] Tokens) Probe(string word) =>
        ($"we saw {word} .", [new(0, 2), new(3, 6), new(7, 7 + word.Length), new(8 + word.Length, 9 + word.Length)]);

    private static EntitySentence Sentence(string doc, string[] words, int person) =>
        new(doc, words, person < 0 ? [] : [new EntityAnnotation(person, person + 1, "PER")]);

    private static string[] TypesFound(EntityRecognizer recogniser, string word)
    {
        var (text, tokens) = Probe(word);
        var found = new List<RecognizedName>();
        recogniser.Recognize(text, tokens, null, found);
        return found.Select(f => f.Type).ToArray();
    }
}
