using NewsNlp.Analysis.Contextual;

namespace NewsNlp.Tests.Analysis.Contextual;

public class WordPieceTokenizerTests
{
    private static readonly string[] Vocabulary = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "cafe", "un", "##believ", "##able", ",", "!", "senator", "said"];

    private static readonly WordPieceTokenizer Tokenizer = new(Vocabulary);

    private static string[] Pieces(string text) => Tokenizer.Tokenize(text).Select(p => Vocabulary[p.Id]).ToArray();

    [Fact]
    public void Lower_cases_strips_accents_and_splits_punctuation()
    {
        Assert.Equal(["the", "cafe", ",", "the", "senator", "said", "!"], Pieces("The Café, the SENATOR said!"));
    }

    [Fact]
    public void Cuts_words_into_the_longest_pieces_and_keeps_the_word_span_of_each()
    {
        var pieces = Tokenizer.Tokenize("the unbelievable");

        Assert.Equal(["the", "un", "##believ", "##able"], pieces.Select(p => Vocabulary[p.Id]));
        Assert.All(pieces.Skip(1), p => Assert.Equal((4, 16), (p.Start, p.End)));
    }

    [Fact]
    public void A_word_with_an_uncuttable_part_is_one_unknown_piece_and_control_characters_vanish()
    {
        Assert.Equal(["the", "[UNK]", "said"], Pieces("the unbelievablx said"));
        Assert.Equal(["senator"], Pieces("sena\u200Btor"));
        Assert.Empty(Pieces("  \t\n"));
    }

    [Fact]
    public void The_package_vocabulary_tokenises_news_text()
    {
        var tokenizer = WordPieceTokenizer.MiniLm;

        var pieces = tokenizer.Tokenize("Zelenskyy welcomed the guarantees.");

        Assert.DoesNotContain(pieces, p => p.Id == tokenizer.UnkId);
        Assert.Equal((0, 9), (pieces[0].Start, pieces[0].End));
        Assert.Equal(".", "Zelenskyy welcomed the guarantees."[pieces[^1].Start..pieces[^1].End]);
    }
}
