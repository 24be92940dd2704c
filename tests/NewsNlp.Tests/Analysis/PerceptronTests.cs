using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Tests.Analysis;

public class PerceptronTests
{
    // A toy task: the class is decided by the word's first letter, so the perceptron must learn it.
    private static readonly (string Word, int Label)[] Examples =
    [
        ("apple", 0), ("avocado", 0), ("almond", 0), ("banana", 1), ("berry", 1), ("bean", 1),
        ("cherry", 2), ("cocoa", 2), ("carrot", 2),
    ];

    private static uint[] Features(string word) =>
        [FeatureHash.Start(1).Add(word[0]), FeatureHash.Start(2).Add(word.AsSpan()), FeatureHash.Start(0)];

    private static PerceptronModel Train(int seed)
    {
        var trainer = new PerceptronTrainer(["a", "b", "c"], tableBits: 10);
        var order = Examples.ToList();
        var random = new Random(seed);
        Span<float> scratch = stackalloc float[3];
        for (var epoch = 0; epoch < 5; epoch++)
        {
            PerceptronTrainer.Shuffle(order, random);
            foreach (var (word, label) in order)
            {
                var f = Features(word);
                trainer.Update(f, label, trainer.Predict(f, scratch));
            }
        }

        return trainer.Build(new Dictionary<string, string> { ["name"] = "toy", ["version"] = "1.0.0" });
    }

    [Fact]
    public void Averaging_trainers_gives_the_mean_of_their_weights()
    {
        var features = Features("apple");
        var a = new PerceptronTrainer(["a", "b"], tableBits: 8);
        var b = new PerceptronTrainer(["a", "b"], tableBits: 8);
        a.Update(features, truth: 0, guess: 1);
        b.Update(features, truth: 1, guess: 0);
        b.Update(features, truth: 1, guess: 1);
        Span<float> scores = stackalloc float[2];
        Span<float> single = stackalloc float[2];

        PerceptronTrainer.Build([a, b]).Score(features, scores);
        a.Build().Score(features, single);
        var meanOfA = single[0] / 2;
        b.Build().Score(features, single);

        Assert.Equal(meanOfA + (single[0] / 2), scores[0], 5);
        Assert.Equal(PerceptronTrainer.Build([a]).Predict(features, single), a.Build().Predict(features, single));
    }

    [Fact]
    public void Perceptron_learns_a_separable_task_and_generalises_by_feature()
    {
        var model = Train(seed: 7);
        Span<float> scratch = stackalloc float[3];
        Assert.Equal(0, model.Predict(Features("apricot"), scratch));
        Assert.Equal(1, model.Predict(Features("blueberry"), scratch));
        Assert.Equal(2, model.Predict(Features("cashew"), scratch));
    }

    [Fact]
    public void Saved_model_is_byte_identical_for_the_same_seed_and_round_trips()
    {
        static byte[] Bytes(PerceptronModel m)
        {
            using var ms = new MemoryStream();
            m.Save(ms);
            return ms.ToArray();
        }

        var first = Bytes(Train(seed: 3));
        Assert.Equal(first, Bytes(Train(seed: 3)));

        var loaded = PerceptronModel.Load(new MemoryStream(first));
        Assert.Equal("toy", loaded.Metadata["name"]);
        Assert.Equal(["a", "b", "c"], loaded.Classes);
        Span<float> a = stackalloc float[3];
        Span<float> b = stackalloc float[3];
        Train(seed: 3).Score(Features("banana"), a);
        loaded.Score(Features("banana"), b);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(a[i], b[i], 3);
        }

        // A loaded model keeps its 16-bit weights; saving it again gives the same file.
        Assert.Equal(first, Bytes(loaded));
    }

    [Fact]
    public void Loaded_model_with_many_classes_scores_like_the_trained_one()
    {
        // 20 classes exercise the vectorised 16-bit row sums as well as the scalar tail.
        var classes = Enumerable.Range(0, 20).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var trainer = new PerceptronTrainer(classes, tableBits: 8);
        Span<float> scratch = stackalloc float[20];
        for (var n = 0; n < 200; n++)
        {
            uint[] f = [FeatureHash.Start(1).Add(n % 7), FeatureHash.Start(2).Add(n % 11)];
            trainer.Update(f, n % 20, trainer.Predict(f, scratch));
        }

        var trained = trainer.Build(new Dictionary<string, string>());
        using var file = new MemoryStream();
        trained.Save(file);
        var loaded = PerceptronModel.Load(new MemoryStream(file.ToArray()));
        Span<float> expected = stackalloc float[20];
        Span<float> actual = stackalloc float[20];
        for (var n = 0; n < 77; n++)
        {
            uint[] f = [FeatureHash.Start(1).Add(n % 7), FeatureHash.Start(2).Add(n % 11)];
            trained.Score(f, expected);
            loaded.Score(f, actual);
            for (var c = 0; c < 20; c++)
            {
                Assert.InRange(actual[c] - expected[c], -1e-3f, 1e-3f);
            }

            Assert.Equal(PerceptronModel.ArgMax(expected), PerceptronModel.ArgMax(actual));
        }
    }

    [Theory]
    [InlineData(4, 5, 8)] // few buckets used, rows kept whole (5 classes)
    [InlineData(400, 5, 8)] // most buckets used
    [InlineData(4, 17, 8)] // rows dense enough to be kept whole (17 classes)
    [InlineData(1500, 17, 12)] // mostly rows of one update, kept as (class, weight) pairs, and three dense ones
    public void Loaded_model_scores_and_saves_like_the_trained_one_however_full_its_table(int distinctFeatures, int classCount, int tableBits)
    {
        var classes = Enumerable.Range(0, classCount).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var trainer = new PerceptronTrainer(classes, tableBits);
        Span<float> scratch = stackalloc float[classCount];
        for (var n = 0; n < 2000; n++)
        {
            uint[] f = [FeatureHash.Start(1).Add(n % distinctFeatures), FeatureHash.Start(2).Add(n % 3)];
            trainer.Update(f, (n % distinctFeatures) % classCount, trainer.Predict(f, scratch));
        }

        var trained = trainer.Build(new Dictionary<string, string>());
        using var file = new MemoryStream();
        trained.Save(file);
        var loaded = PerceptronModel.Load(new MemoryStream(file.ToArray()));
        Span<float> expected = stackalloc float[classCount];
        Span<float> actual = stackalloc float[classCount];
        for (var n = 0; n < 500; n++)
        {
            // Includes features never seen in training (n ≥ distinctFeatures), which score zero.
            uint[] f = [FeatureHash.Start(1).Add(n), FeatureHash.Start(2).Add(n % 3)];
            trained.Score(f, expected);
            loaded.Score(f, actual);
            for (var c = 0; c < classCount; c++)
            {
                Assert.InRange(actual[c] - expected[c], -1e-3f, 1e-3f);
            }
        }

        using var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(file.ToArray(), again.ToArray());
    }

    [Fact]
    public void Scores_on_top_of_precomputed_sums_equal_scores_of_all_features()
    {
        using var file = new MemoryStream();
        Train(seed: 3).Save(file);
        var loaded = PerceptronModel.Load(new MemoryStream(file.ToArray()));
        Assert.True(loaded.HasIntegerWeights);
        Span<float> all = stackalloc float[3];
        Span<float> onTop = stackalloc float[3];
        Span<int> partial = stackalloc int[3];
        foreach (var word in new[] { "banana", "apricot", "cashew", "zebra" })
        {
            var features = Features(word);
            partial.Clear();
            loaded.AddWeights(features.AsSpan(0, 2), partial);
            loaded.ScoreOnTop(partial, features.AsSpan(2), onTop);
            loaded.Score(features, all);
            Assert.Equal(all.ToArray(), onTop.ToArray());
        }

        Assert.False(Train(seed: 3).HasIntegerWeights);
    }

    [Fact]
    public void Prefetching_any_features_leaves_every_score_as_it_was()
    {
        // The decoders prefetch features they compute ahead, learned or not, of any value: never out of range.
        using var file = new MemoryStream();
        Train(seed: 5).Save(file);
        var loaded = PerceptronModel.Load(new MemoryStream(file.ToArray()));
        var trained = Train(seed: 5);
        var random = new Random(5);
        var hostile = Enumerable.Range(0, 200).Select(_ => (uint)random.NextInt64(0, 1L << 32)).Concat([0u, uint.MaxValue]).ToArray();
        Span<float> before = stackalloc float[3];
        Span<float> after = stackalloc float[3];
        foreach (var word in new[] { "banana", "apricot", "cashew", "zebra" })
        {
            var features = Features(word);
            loaded.Score(features, before);
            loaded.PrefetchRanks(features);
            loaded.PrefetchRanks(hostile);
            loaded.Locate(hostile, new int[hostile.Length]);
            trained.PrefetchRanks(features);
            loaded.Score(features, after);
            Assert.Equal(before.ToArray(), after.ToArray());
        }
    }

    [Fact]
    public void Located_rows_add_up_to_the_same_sums_and_rows_it_could_not_have_located_are_refused()
    {
        // The tagger locates a word's rows ahead of time and adds them later; learned, unlearned and arbitrary
        // features together must give exactly what adding their weights at once gives.
        using var file = new MemoryStream();
        Train(seed: 5).Save(file);
        var loaded = PerceptronModel.Load(new MemoryStream(file.ToArray()));
        var random = new Random(7);
        var arbitrary = Enumerable.Range(0, 50).Select(_ => (uint)random.NextInt64(0, 1L << 32)).ToArray();
        var located = 0;
        foreach (var word in new[] { "banana", "apricot", "cashew", "zebra" })
        {
            var features = Features(word).Concat(arbitrary).ToArray();
            var expected = new int[loaded.ClassCount];
            loaded.AddWeights(features, expected);
            var rows = new int[features.Length];
            loaded.PrefetchRanks(features);
            var count = loaded.Locate(features, rows);
            var actual = new int[loaded.ClassCount];
            loaded.AddLocated(rows.AsSpan(0, count), actual);
            Assert.Equal(expected, actual);
            located += count;
        }

        Assert.True(located > 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => loaded.AddLocated([int.MaxValue], new int[loaded.ClassCount]));
        Assert.Throws<ArgumentOutOfRangeException>(() => loaded.AddLocated([-1], new int[loaded.ClassCount]));
        Assert.Throws<InvalidOperationException>(() => Train(seed: 5).Locate(Features("banana"), new int[8]));
    }

    [Fact]
    public void Form_table_finds_every_form_and_only_those()
    {
        var entries = Enumerable.Range(0, 5000).ToDictionary(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i => (byte)(i % 251));
        var table = new FormTable<byte>(entries);
        Assert.Equal(5000, table.Count);
        foreach (var (form, value) in entries)
        {
            Assert.True(table.TryGetValue(form.AsSpan(), out var found));
            Assert.Equal(value, found);
        }

        Assert.False(table.TryGetValue("W1", out _));
        Assert.False(table.TryGetValue("w5000", out _));
        Assert.False(table.TryGetValue(string.Empty, out _));
        Assert.False(new FormTable<byte>(new Dictionary<string, byte>()).TryGetValue("w1", out _));
    }

    [Fact]
    public void Form_tables_over_the_same_list_or_different_lists_each_answer_for_their_own()
    {
        // Identical tables are kept once; tables that differ in one value or one form must stay apart.
        var list = new Dictionary<string, byte> { ["russia"] = 2, ["troops"] = 1, ["said"] = 5 };
        var twin = new FormTable<byte>(new Dictionary<string, byte>(list));
        var changed = new FormTable<byte>(new Dictionary<string, byte>(list) { ["said"] = 6 });
        var other = new FormTable<byte>(new Dictionary<string, byte> { ["russia"] = 2, ["troops"] = 1, ["told"] = 5 });
        var first = new FormTable<byte>(list);
        foreach (var (form, code) in list)
        {
            Assert.True(first.TryGetValue(form, out var a) && twin.TryGetValue(form, out var b) && a == code && b == code);
        }

        Assert.True(changed.TryGetValue("said", out var edited) && edited == 6);
        Assert.False(other.TryGetValue("said", out _));
        Assert.True(other.TryGetValue("told", out _));
    }

    [Fact]
    public void Feature_hash_separates_parts_and_is_case_aware()
    {
        Assert.NotEqual(FeatureHash.Start(1).Add("ab").Add("c").Value, FeatureHash.Start(1).Add("a").Add("bc").Value);
        Assert.NotEqual(FeatureHash.Start(1).Add("x").Value, FeatureHash.Start(2).Add("x").Value);
        Assert.Equal(FeatureHash.Start(1).AddLower("Russia").Value, FeatureHash.Start(1).Add("russia").Value);
    }
}
