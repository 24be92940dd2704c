using NewsNlp.Analysis.Sentences;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Analysis.Tokenization;
using NewsNlp.Documents;

namespace NewsNlp.Tests.Analysis;

public class PosTaggerTests
{
    private static readonly string[] Determiners = ["the", "a", "this", "every"];
    private static readonly string[] Adjectives = ["old", "new", "European", "quiet", "long"];
    private static readonly string[] Nouns = ["envoy", "talks", "guarantee", "summit", "plan", "minister", "deal"];
    private static readonly string[] Names = ["Putin", "Rubio", "Brussels", "Zelenskyy", "Witkoff"];
    private static readonly string[] Verbs = ["signals", "talks", "plans", "rejects", "backs", "deals"];
    private static readonly string[] Prepositions = ["in", "with", "after", "for"];

    // A small fixture corpus from a toy grammar. "talks", "plans" and "deals" are nouns or verbs
    // depending on their place, so the tagger must use context, not just the word.
    private static List<TaggedSentence> Corpus(int count, int seed)
    {
        var random = new Random(seed);
        string Pick(string[] words) => words[random.Next(words.Length)];
        var sentences = new List<TaggedSentence>();
        for (var i = 0; i < count; i++)
        {
            var words = new List<(string, Upos)>();
            if (random.Next(2) == 0)
            {
                words.Add((Pick(Names), Upos.PROPN));
            }
            else
            {
                words.Add((Pick(Determiners), Upos.DET));
                if (random.Next(2) == 0)
                {
                    words.Add((Pick(Adjectives), Upos.ADJ));
                }

                words.Add((Pick(Nouns), Upos.NOUN));
            }

            words.Add((Pick(Verbs), Upos.VERB));
            words.Add((Pick(Determiners), Upos.DET));
            words.Add((Pick(Nouns), Upos.NOUN));
            if (random.Next(2) == 0)
            {
                words.Add((Pick(Prepositions), Upos.ADP));
                words.Add((Pick(Names), Upos.PROPN));
            }

            words.Add((".", Upos.PUNCT));
            words[0] = (char.ToUpperInvariant(words[0].Item1[0]) + words[0].Item1[1..], words[0].Item2);
            sentences.Add(TaggedSentence.FromWords(words));
        }

        return sentences;
    }

    private static PosTagger Train(int seed) =>
        PosTrainer.Train(Corpus(300, seed: 11), new PosTrainer.Options { Seed = seed, Epochs = 4, TableBits = 14, SureMinCount = 50 });

    private static byte[] Bytes(PosTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Tagger_learns_the_fixture_and_uses_context_for_ambiguous_words()
    {
        var tagger = Train(seed: 1);
        Assert.True(PosTrainer.Accuracy(tagger, Corpus(100, seed: 99)) >= 0.97);

        const string text = "The minister talks a deal with Rubio. Putin backs the talks.";
        var tokens = Tokenizer.Tokenize(text);
        tagger.Tag(text, tokens.AsSpan(0, 8));
        tagger.Tag(text, tokens.AsSpan(8));
        Assert.Equal(
            [Upos.DET, Upos.NOUN, Upos.VERB, Upos.DET, Upos.NOUN, Upos.ADP, Upos.PROPN, Upos.PUNCT, Upos.PROPN, Upos.VERB, Upos.DET, Upos.NOUN, Upos.PUNCT],
            tokens.Select(t => t.Pos));
    }

    [Fact]
    public void Same_data_and_seed_give_the_same_bytes_and_the_model_round_trips()
    {
        var first = Bytes(Train(seed: 5));
        Assert.Equal(first, Bytes(Train(seed: 5)));
        Assert.NotEqual(first, Bytes(Train(seed: 6)));

        var loaded = PosTagger.Load(new MemoryStream(first));
        var test = Corpus(50, seed: 7);
        Assert.Equal(PosTrainer.Accuracy(Train(seed: 5), test), PosTrainer.Accuracy(loaded, test), 3);
    }

    [Fact]
    public void Load_time_sums_and_descriptions_equal_reading_every_feature()
    {
        var tagger = PosTagger.Load(new MemoryStream(Bytes(Train(seed: 1))));
        var tables = tagger.Tables!;
        Assert.NotNull(tables);
        const string text = "The European envoy talks with Zelenskyy and an unseen Florblatt plans deals in Brussels .";
        var tokens = Tokenizer.Tokenize(text);
        var reference = new PosFeatures.WordHashes[tokens.Length];
        var fast = new PosFeatures.WordHashes[tokens.Length];
        PosFeatures.DescribeAll(text, tokens, tagger.Lexicon, tagger.WordList, tagger.WordClasses, reference);
        PosFeatures.DescribeAll(text, tokens, tagger.Lexicon, tagger.WordList, tagger.WordClasses, fast, tables.Known);
        Assert.Equal(reference, fast);
        Assert.Contains(reference, w => w.Entry.Id == 0);
        Assert.Contains(reference, w => w.Entry.Id != 0 && !w.Entry.HasSure);

        var k = PosTagger.Classes.Count;
        var features = new uint[PosFeatures.Count];
        foreach (var (previous, beforePrevious) in new[] { (Upos.DET, Upos.X), (Upos.NOUN, Upos.VERB), (Upos.PROPN, Upos.ADP) })
        {
            // Words with a sure tag are never scored (and get no intrinsic sums).
            for (var i = 0; i < tokens.Length; i++)
            {
                if (reference[i].Entry.HasSure)
                {
                    continue;
                }

                var expected = new int[k];
                tagger.Model.AddWeights(features.AsSpan(0, PosFeatures.Extract(reference, i, previous, beforePrevious, features)), expected);
                var actual = new int[k];
                var rest = tables.Gather(fast, i, previous, beforePrevious, features, actual);
                tagger.Model.AddWeights(features.AsSpan(0, rest), actual);
                Assert.Equal(expected, actual);

                // The same sums when the features are looked up ahead, as the tagger does.
                var ahead = new PosLookahead(tables, tagger.Model, fast, new uint[PosLookahead.BufferLength], new int[PosLookahead.BufferLength], new int[PosLookahead.CountsLength]);
                ahead.Ask(i);
                ahead.Locate(i);
                ahead.LocateTagged(i, previous, features);
                var looked = new int[k];
                ahead.Add(i, previous, beforePrevious, looked);
                Assert.Equal(expected, looked);
            }
        }
    }

    [Fact]
    public void The_second_pass_is_saved_with_the_model_and_can_be_left_out()
    {
        var twoPass = Train(seed: 1);
        var onePass = PosTrainer.Train(Corpus(300, seed: 11), new PosTrainer.Options { Seed = 1, Epochs = 4, TableBits = 14, SureMinCount = 50, SecondPass = false });

        Assert.True(PosTagger.Load(new MemoryStream(Bytes(twoPass))).SecondPass);
        Assert.False(PosTagger.Load(new MemoryStream(Bytes(onePass))).SecondPass);
        Assert.True(PosTrainer.Accuracy(onePass, Corpus(100, seed: 99)) >= 0.97);
    }

    [Fact]
    public void Pipeline_stages_tokenize_split_and_tag_an_article()
    {
        var article = new Article("doc", "test.txt", "0", "The envoy backs the deal.\nPutin rejects every plan.");
        var stages = new NewsNlp.Pipeline.IStage[] { new TokenizerStage(), new SentenceStage(null), new PosStage(Train(seed: 1)) };
        foreach (var stage in stages)
        {
            stage.Process(article, CancellationToken.None);
        }

        Assert.Equal(2, article.Sentences.Count);
        Assert.Equal(11, article.Tokens.Length);
        Assert.Equal(Upos.VERB, article.Tokens[2].Pos);
        Assert.Equal(Upos.NOUN, article.Tokens[4].Pos);
        Assert.Equal(Upos.PROPN, article.Tokens[6].Pos);
    }
}
