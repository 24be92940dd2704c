using NewsNlp.Analysis.Contextual;

namespace NewsNlp.Tests.Analysis.Contextual;

public class ContextualEncoderTests
{
    private const string Sentence = "The minister met Maria Keller in Lisbon on Tuesday.";

    /// <summary>The whitespace-separated words of <paramref name="text"/>, the final full stop a word of its own.</summary>
    internal static List<WordRange> Words(string text)
    {
        var words = new List<WordRange>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || text[i] == ' ' || text[i] == '.';
            if (boundary && start >= 0)
            {
                words.Add(new WordRange(start, i));
                start = -1;
            }

            if (i < text.Length && text[i] == '.')
            {
                words.Add(new WordRange(i, i + 1));
            }
            else if (!boundary && start < 0)
            {
                start = i;
            }
        }

        return words;
    }

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }

    [Fact]
    public void Gives_one_vector_per_word_and_the_same_vectors_every_time()
    {
        var words = Words(Sentence);

        var first = ContextualEncoder.Shared.Encode(Sentence, words);
        var second = ContextualEncoder.Shared.Encode(Sentence, words);

        Assert.Equal(10, words.Count);
        Assert.Equal(words.Count, first.Count);
        Assert.Equal(words.Count * ContextualEncoder.Dimensions, first.Data.Length);
        Assert.All(first.Data, v => Assert.True(float.IsFinite(v)));
        Assert.Equal(first.Data, second.Data);
        Assert.Null(first.Sentence);
    }

    [Fact]
    public void Vectors_depend_on_context()
    {
        const string river = "She sat on the bank of the river.";
        const string money = "She paid the bank a large fee.";

        var a = ContextualEncoder.Shared.Encode(river, Words(river));
        var b = ContextualEncoder.Shared.Encode(money, Words(money));

        // "bank" (word 4 and word 3) differs with its sentence, "She" (word 0) much less.
        Assert.True(Cosine(a.Word(4), b.Word(3)) < Cosine(a.Word(0), b.Word(0)));
        Assert.NotEqual(a.Word(4).ToArray(), b.Word(3).ToArray());
    }

    [Fact]
    public void A_sentence_gets_the_same_vectors_alone_and_padded_in_a_batch()
    {
        const string longer = "After a long night of talks, the delegations from both countries agreed on a short statement about the border.";
        var alone = ContextualEncoder.Shared.Encode(Sentence, Words(Sentence), new ContextualOptions(SentenceVector: true));

        var batch = ContextualEncoder.Shared.Encode(
            [new ContextualInput(longer, Words(longer)), new ContextualInput(Sentence, Words(Sentence))],
            new ContextualOptions(SentenceVector: true));

        Assert.Equal(alone.Data.Length, batch[1].Data.Length);
        for (var i = 0; i < alone.Data.Length; i++)
        {
            Assert.Equal(alone.Data[i], batch[1].Data[i], 1e-4f);
        }

        Assert.Equal(alone.Sentence!, batch[1].Sentence!, (x, y) => Math.Abs(x - y) < 1e-4f);
        Assert.Equal(Words(longer).Count, batch[0].Count);
    }

    [Fact]
    public void The_sentence_vector_is_unit_length_and_mean_pooling_differs_from_first_pieces()
    {
        const string text = "Zelenskyy welcomed the unbelievably vague guarantees.";
        var words = Words(text);

        var first = ContextualEncoder.Shared.Encode(text, words, new ContextualOptions(SentenceVector: true));
        var mean = ContextualEncoder.Shared.Encode(text, words, new ContextualOptions(WordPooling.MeanOfPieces));

        var norm = Math.Sqrt(first.Sentence!.Sum(v => (double)v * v));
        Assert.Equal(1.0, norm, 1e-4);
        Assert.NotEqual(first.Word(0).ToArray(), mean.Word(0).ToArray()); // "Zelenskyy" has several pieces
        Assert.Equal(first.Word(2).ToArray(), mean.Word(2).ToArray()); // "the" has one
    }

    [Fact]
    public void An_input_longer_than_the_window_is_encoded_in_windows_with_every_word_in_context()
    {
        var sentences = Enumerable.Range(0, 60).Select(i => $"Delegate number {i} from the northern province spoke about the harvest.");
        var text = string.Join(' ', sentences);
        var words = Words(text);
        Assert.True(words.Count > 600); // more pieces than the model's 512 positions

        var vectors = ContextualEncoder.Shared.Encode(text, words);

        Assert.Equal(words.Count, vectors.Count);
        Assert.All(vectors.Data, v => Assert.True(float.IsFinite(v)));
        for (var w = 0; w < words.Count; w++)
        {
            Assert.True(vectors.Word(w).ToArray().Any(v => v != 0), $"word {w} has no vector");
        }

        // A word in the middle of the long text resembles the same word in its sentence alone.
        const string alone = "Delegate number 30 from the northern province spoke about the harvest.";
        var reference = ContextualEncoder.Shared.Encode(alone, Words(alone));
        var middle = words.FindIndex(w => text[w.Start..w.End] == "30") + 3; // "northern"
        Assert.Equal("northern", text[words[middle].Start..words[middle].End]);
        Assert.True(Cosine(vectors.Word(middle), reference.Word(5)) > 0.8);
    }

    [Fact]
    public void A_middle_layer_gives_other_vectors_under_its_own_version_and_the_last_layer_is_the_default()
    {
        var words = Words(Sentence);

        var last = ContextualEncoder.ForLayer(ContextualEncoder.LastLayer).Encode(Sentence, words);
        var middle = ContextualEncoder.ForLayer(4).Encode(Sentence, words);

        Assert.Same(ContextualEncoder.Shared, ContextualEncoder.ForLayer(ContextualEncoder.LastLayer));
        Assert.Equal(ContextualEncoder.Shared.Encode(Sentence, words).Data, last.Data);
        Assert.Equal(last.Count, middle.Count);
        Assert.All(middle.Data, v => Assert.True(float.IsFinite(v)));
        Assert.NotEqual(last.Data, middle.Data);
        Assert.NotEqual(ContextualEncoder.Shared.Version, ContextualEncoder.ForLayer(4).Version);
        Assert.Throws<ArgumentOutOfRangeException>(() => ContextualEncoder.ForLayer(7));
    }

    [Fact]
    public void One_session_serving_two_layers_gives_each_the_states_of_a_session_of_its_own()
    {
        var words = Words(Sentence);
        using var both = new MiniLmSession([5, ContextualEncoder.LastLayer]);
        using var fifthAlone = new ContextualEncoder(layer: 5);
        using var lastAlone = new ContextualEncoder(layer: ContextualEncoder.LastLayer);

        var fifth = new ContextualEncoder(ContextualEncoder.DefaultWindow, 5, both).Encode(Sentence, words);
        var last = new ContextualEncoder(ContextualEncoder.DefaultWindow, ContextualEncoder.LastLayer, both).Encode(Sentence, words);

        Assert.Equal([5, ContextualEncoder.LastLayer], both.Layers.Order());
        Assert.Equal(fifthAlone.Encode(Sentence, words).Data, fifth.Data);
        Assert.Equal(lastAlone.Encode(Sentence, words).Data, last.Data);
        Assert.NotEqual(fifth.Data, last.Data);
    }

    [Fact]
    public void Sentences_encoded_together_get_the_vectors_they_get_one_by_one_and_repeats_are_equal()
    {
        string[] texts =
        [
            "The council voted on Monday.",
            "Rain closed the coastal road for three days, and the ferry company cancelled every evening crossing.",
            "Nobody came.",
            "The council voted on Monday.",
            "A spokeswoman for the harbour authority said the cranes would be inspected before the strike ended.",
            "Prices rose again in March, the statistics office reported, led by rents and the cost of heating.",
            "Talks resume Friday.",
        ];
        var inputs = texts.Select(t => new ContextualInput(t, Words(t))).ToArray();
        var options = new ContextualOptions(WordPooling.MeanOfPieces, SentenceVector: true);

        var together = ContextualEncoder.ForLayer(5).Encode(inputs, options);

        for (var i = 0; i < texts.Length; i++)
        {
            var alone = ContextualEncoder.ForLayer(5).Encode(texts[i], inputs[i].Words, options);
            Assert.Equal(alone.Data.Length, together[i].Data.Length);
            Assert.Equal(alone.Data, together[i].Data, (x, y) => Math.Abs(x - y) <= 1e-4f);
            Assert.Equal(alone.Sentence!, together[i].Sentence!, (x, y) => Math.Abs(x - y) <= 1e-4f);
        }

        Assert.Equal(together[0].Data, together[3].Data);
    }

    [Fact]
    public void Windows_overlap_hold_whole_words_and_cover_every_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("one two three four five", 20));
        var pieces = InputPieces.Of(WordPieceTokenizer.MiniLm, new ContextualInput(text, Words(text)));

        var windows = pieces.Windows(16);

        Assert.True(windows.Count > 10);
        Assert.Equal(0, windows[0].FirstWord);
        Assert.Equal(pieces.WordCount, windows[^1].EndWord);
        Assert.All(windows, w => Assert.True(pieces.WordStarts[w.EndWord] - pieces.WordStarts[w.FirstWord] <= 16));
        Assert.All(windows.Zip(windows.Skip(1)), p => Assert.True(p.Second.FirstWord > p.First.FirstWord && p.Second.FirstWord < p.First.EndWord));
    }

    [Fact]
    public void Empty_input_and_odd_ranges_do_not_throw()
    {
        var none = ContextualEncoder.Shared.Encode(string.Empty, [], new ContextualOptions(SentenceVector: true));
        var odd = ContextualEncoder.Shared.Encode("ab\u200B", [new WordRange(2, 3), new WordRange(5, 9), new WordRange(2, 1)]);

        Assert.Equal(0, none.Count);
        Assert.Equal(ContextualEncoder.Dimensions, none.Sentence!.Length);
        Assert.Equal(3, odd.Count);
        Assert.All(odd.Data, v => Assert.True(float.IsFinite(v)));
        Assert.Empty(ContextualEncoder.Shared.Encode([]));
    }
}
