using NewsNlp.Analysis.Entities;
using NewsNlp.Documents;

namespace NewsNlp.Tests.Analysis.Entities;

public class NerStageTests
{
    private static readonly Lazy<EntityRecognizer> Model = new(() => EntityFixture.Train(seed: 2));
    private static readonly Lazy<EntityRecognizer> Silent = new(() => EntityFixture.Silent());

    /// <summary>Runs the stage (with a recogniser that finds no names) on text whose tokens are separated by single spaces, one sentence per line.</summary>
    private static List<(string Text, string Type)> Mentions(string text) => Mentions(text, Silent.Value);

    internal static List<(string Text, string Type)> Mentions(string text, INameRecognizer model)
    {
        var article = new Article("doc", "test.txt", "0", text);
        var tokens = new List<Token>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var first = tokens.Count;
            var at = start;
            foreach (var word in line.Split(' '))
            {
                if (word.Length > 0)
                {
                    tokens.Add(new Token(at, at + word.Length));
                }

                at += word.Length + 1;
            }

            article.Sentences.Add(new Sentence(start, start + line.Length, first, tokens.Count - first));
            start += line.Length + 1;
        }

        article.Tokens = tokens.ToArray();
        new NerStage(model).Process(article, CancellationToken.None);
        Assert.All(article.Mentions, m => Assert.Equal(MentionKind.Name, m.Kind));
        return article.Mentions.Select(m => (text[m.Start..m.End], m.Type)).ToList();
    }

    [Theory]
    [InlineData("The talks ended on August 17 , 2025 in Alaska .", "August 17 , 2025")]
    [InlineData("The talks ended on Sunday , August 17 , 2025 .", "Sunday , August 17 , 2025")]
    [InlineData("They met on 17 August 2025 .", "17 August 2025")]
    [InlineData("The land swaps are the focus of Monday’s discussions .", "Monday")]
    [InlineData("Witkoff spoke on Sunday .", "Sunday")]
    [InlineData("Crimea was annexed in 2014 .", "2014")]
    [InlineData("The deal was signed on 2025-08-17 .", "2025-08-17")]
    [InlineData("The envoy arrived today .", "today")]
    [InlineData("The summit happened last week .", "last week")]
    [InlineData("It was a boom of the 1990s .", "1990s")]
    [InlineData("The vote is next Friday .", "next Friday")]
    [InlineData("They met on Aug. 17 .", "Aug. 17")]
    [InlineData("HE SPOKE ON FRIDAY .", "FRIDAY")]
    public void Dates_are_found_by_patterns(string sentence, string date)
    {
        Assert.Contains((date, "DATE"), Mentions(sentence));
    }

    [Theory]
    [InlineData("They may sign the deal .")]
    [InlineData("Troops march to the border .")]
    [InlineData("He bought 2000 shells .")]
    [InlineData("This march was long .")]
    public void Words_that_only_look_like_dates_are_not_dates(string sentence)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Type == "DATE");
    }

    [Fact]
    public void Demonyms_are_norp_and_ordinary_lowercase_words_are_not()
    {
        var found = Mentions("Russian troops and European allies met Ukrainians .\nThe western side was liberal .");
        Assert.Contains(("Russian", "NORP"), found);
        Assert.Contains(("European", "NORP"), found);
        Assert.Contains(("Ukrainians", "NORP"), found);
        Assert.DoesNotContain(found, m => m.Type == "NORP" && m.Text is "western" or "liberal");
    }

    [Fact]
    public void A_title_before_capitalised_words_marks_a_person()
    {
        var found = Mentions("Secretary of State Zorblat Quemby spoke .\nCommission president Ursula von der Leyen agreed .");
        Assert.Contains(("Zorblat Quemby", "PERSON"), found);
        Assert.Contains(("Ursula von der Leyen", "PERSON"), found);
    }

    [Fact]
    public void A_word_before_possessive_foreign_ministry_is_a_state()
    {
        Assert.Contains(("Zembla", "GPE"), Mentions("Zembla ’s foreign ministry protested .", Model.Value));
        Assert.Contains(("Zembla", "GPE"), Mentions("Zembla ’s foreign ministry protested ."));
        Assert.Contains(("Zembla", "GPE"), Mentions("Zembla’s foreign ministry protested ."));
    }

    [Fact]
    public void Model_locations_in_the_gazetteer_become_gpe_and_mentions_carry_sentence_indexes()
    {
        var article = "Maria Lopez works for Amazon in Seattle .\nAngela Merkel met Obama in Berlin .";
        var found = Mentions(article, Model.Value);
        Assert.Contains(("Seattle", "GPE"), found);
        Assert.Contains(("Angela Merkel", "PERSON"), found);
        Assert.Contains(("Amazon", "ORG"), found);
    }

    [Fact]
    public void A_headline_verb_after_a_title_is_no_person()
    {
        // In title case the verb after "Envoy" is capitalised; the word lists know "claims" only in lower case.
        var lexicon = NewsNlp.Analysis.Tagging.WordListLexicon.Build(["claims"], []);
        var found = Mentions("Putin Backs Plan , Trump Envoy Claims\nThe Envoy Oskar Veld arrived .", EntityFixture.Silent(lexicon));
        Assert.DoesNotContain(found, m => m.Text == "Claims");
        Assert.Contains(("Oskar Veld", "PERSON"), found);
    }

    [Fact]
    public void Markdown_marks_do_not_change_the_names_found()
    {
        var plain = Mentions("Angela Merkel met Obama in Berlin .", Model.Value);
        var marked = Mentions("* Angela Merkel met _ Obama _ in ** Berlin ** . *", Model.Value);
        Assert.NotEmpty(plain);
        Assert.Equal(plain, marked);
    }

    [Fact]
    public void A_name_never_runs_over_a_markdown_mark()
    {
        // Without marks these are one name each; with a mark inside, the name stops before it.
        Assert.Contains(("Angela Merkel", "PERSON"), Mentions("Angela Merkel met Obama in Berlin .", Model.Value));
        var found = Mentions("** Angela ** Merkel met Obama in Berlin .", Model.Value);
        Assert.NotEmpty(found);
        Assert.DoesNotContain(found, m => m.Text.Contains('*'));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0 \uFFFF \uD800")]
    [InlineData("President")]
    [InlineData("President Von")]
    [InlineData("’s ’s ’s")]
    [InlineData("last")]
    [InlineData("August")]
    [InlineData("17")]
    public void Hostile_text_never_throws(string text)
    {
        _ = Mentions(text);
        _ = Mentions(text, Model.Value);
        var noSentences = new Article("doc", "t", "0", "word word") { Tokens = [new Token(0, 4), new Token(5, 9)] };
        new NerStage(Model.Value).Process(noSentences, CancellationToken.None);
        var outOfRange = new Article("doc", "t", "0", "word") { Tokens = [new Token(0, 4)] };
        outOfRange.Sentences.Add(new Sentence(0, 4, 3, 9));
        new NerStage(Model.Value).Process(outOfRange, CancellationToken.None);
    }
}
