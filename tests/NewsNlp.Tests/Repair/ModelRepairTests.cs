using NewsNlp.Documents;
using NewsNlp.Repair;

namespace NewsNlp.Tests.Repair;

/// <summary>Truecasing and spelling with models trained inside the test from small fixtures.</summary>
public class ModelRepairTests
{
    private static readonly RepairStage Stage = new(RepairOptions.Default, RepairFixtures.TinyModels());

    [Fact]
    public void TruecaserRestoresNamesFromContext()
    {
        var article = RepairFixtures.Repair(Stage, "Officials from russia met in geneva on Monday.");
        Assert.Equal("Officials from Russia met in Geneva on Monday.", article.Clean);
        Assert.All(article.Edits, e => Assert.Equal(EditKind.Casing, e.Kind));
    }

    [Fact]
    public void SentenceStartsAreCapitalisedButNotAfterAbbreviations()
    {
        var clean = RepairFixtures.Repair(Stage, "The plan held. the talks went on with a U.S. envoy.").Clean;
        Assert.Equal("The plan held. The talks went on with a U.S. envoy.", clean);
    }

    [Theory]
    [InlineData("NATO and the EU met iPhone makers.")]
    [InlineData("Talks Resume in Geneva as Leaders Meet")]
    [InlineData("See https://www.russia.example.org/geneva today.")]
    public void AcronymsBrandsHeadingsAndLinksAreNotChanged(string raw)
        => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Fact]
    public void TrainingIsDeterministicForASeed()
    {
        var first = RepairFixtures.TrainTinyTruecaser(seed: 3);
        var second = RepairFixtures.TrainTinyTruecaser(seed: 3);
        Assert.Equal(first.LexiconBytes, second.LexiconBytes);
        Assert.Equal(first.ModelBytes, second.ModelBytes);
    }

    [Fact]
    public void TheLexiconCountsMixedCaseFormsSoTheyComeBackWhole()
    {
        string[] docs = ["The senator said McConnell and LaPierre spoke.", "Aides to McConnell met the iPhone makers.", "Reporters asked McConnell about it."];
        var lexicon = TruecaseTrainer.BuildLexicon(docs, [], new HashSet<string>(StringComparer.Ordinal));
        var entry = lexicon.Find("mcconnell");
        Assert.NotNull(entry);
        Assert.Equal(3, entry.Mixed);
        Assert.Equal(0, entry.Title);
        Assert.Equal("McConnell", entry.MixedForm);
        Assert.Equal("iPhone", lexicon.Find("iphone")!.MixedForm);
        Assert.Equal("McConnell’s", Truecaser.Apply("mcconnell’s", 3, entry));
        Assert.Equal(3, Truecaser.ClassOf("McConnell", entry));
        Assert.Equal(1, Truecaser.ClassOf("Mcconnell", entry));
    }

    [Fact]
    public void TheLexiconKeepsTitleBigramsThroughSaving()
    {
        var (truecaser, lexiconBytes, _) = RepairFixtures.TrainTinyTruecaser(seed: 3);
        Assert.Equal(1.0, truecaser.Lexicon.TitleBigramShare("state", "Department"));
        Assert.Equal(0.0, truecaser.Lexicon.TitleBigramShare("the", "state"));
        using var stream = new MemoryStream(lexiconBytes);
        var loaded = CaseLexicon.Load(stream);
        Assert.Equal(truecaser.Lexicon.BigramCount, loaded.BigramCount);
        Assert.Equal(1.0, loaded.TitleBigramShare("State", "department"));
    }

    [Fact]
    public void TheLexiconCountsHowOftenAWordIsCapitalisedBesideACapitalisedWord()
    {
        string[] docs = ["Members of the General Assembly met the Trump administration.", "The General Assembly and the Obama administration spoke.", "Then Kim's assembly of toys fell."];
        var lexicon = TruecaseTrainer.BuildLexicon(docs, [], new HashSet<string>(StringComparer.Ordinal));

        // A possessive before a word says nothing of the word ("Kim's assembly").
        Assert.Equal(new BigramCounts(2, 2), lexicon.Find("assembly")!.AfterCapitalised);
        Assert.Equal(new BigramCounts(0, 2), lexicon.Find("administration")!.AfterCapitalised);
        Assert.Equal(new BigramCounts(2, 2), lexicon.Find("general")!.BeforeCapitalised);

        using var stream = new MemoryStream();
        lexicon.Save(stream);
        stream.Position = 0;
        var loaded = CaseLexicon.Load(stream);
        Assert.Equal(new BigramCounts(0, 2), loaded.Find("administration")!.AfterCapitalised);
        Assert.Equal(new BigramCounts(2, 2), loaded.Find("general")!.BeforeCapitalised);
    }

    [Theory]
    [InlineData("Call me when it is poss ible, she said.")]
    [InlineData("We are goin home soon, she said.")]
    public void AWordBrokenBySpaceOrWithItsEndingDroppedIsNotCorrected(string raw)
    {
        // Without the checks, "ible" would become "isle" and "goin" would become "gain".
        var dictionary = SpellingDictionary.FromFrequencyList(["possible 900", "isle 500", "going 900", "gain 500", "call 800", "when 900", "home 700", "soon 600"]);
        var speller = new RepairStage(new RepairOptions { Truecase = false }, new RepairModels(null, dictionary));
        Assert.Equal(raw, RepairFixtures.Repair(speller, raw).Clean);
        Assert.Equal("We are gain home", RepairFixtures.Repair(speller, "We are gxin home").Clean);
    }

    [Fact]
    public void ALowerCaseWordAfterAPeriodIsSpacedOnlyBetweenDictionaryWords()
    {
        var stage = new RepairStage(new RepairOptions { Truecase = false }, RepairFixtures.TinyModels());
        Assert.Equal("the word. would follow, and alt.attacks stay", RepairFixtures.Repair(stage, "the word.would follow, and alt.attacks stay").Clean);
    }

    [Fact]
    public void ALowerCaseWordThatIsAlsoACountryDomainIsSpacedBetweenDictionaryWords()
    {
        var speller = new RepairStage(new RepairOptions { Truecase = false }, new RepairModels(null, SpellingDictionary.FromFrequencyList(["the 900", "word 500", "it 800", "would 400"])));
        Assert.Equal("the word. it would, see word.com and word.de", RepairFixtures.Repair(speller, "the word.it would, see word.com and word.de").Clean);
    }

    [Fact]
    public void ANonWordIsCorrectedFromTheDictionary()
    {
        var article = RepairFixtures.Repair(Stage, "He said consequences woudl follow.");
        Assert.Equal("He said consequences would follow.", article.Clean);
        var edit = Assert.Single(article.Edits);
        Assert.Equal(EditKind.Spelling, edit.Kind);
        Assert.Equal("woudl", edit.Before);
    }

    [Theory]
    [InlineData("He said Woudl follows.")]
    [InlineData("The word and the world.")]
    [InlineData("Code wou1d and 12345 stay.")]
    [InlineData("Read www.woudl.org now.")]
    [InlineData("Their cyberattacks rose.")]
    [InlineData("The wordy reply came.")]
    [InlineData("Follow #woudl and @woudl now.")]
    public void ProperNounsDictionaryWordsNumbersLinksAndCompoundsAreNotCorrected(string raw)
    {
        var speller = new RepairStage(new RepairOptions { Truecase = false }, RepairFixtures.TinyModels());
        Assert.Equal(raw, RepairFixtures.Repair(speller, raw).Clean);
    }

    [Theory]
    [InlineData("organisation", true)]
    [InlineData("iodise", true)]
    [InlineData("analysed", true)]
    [InlineData("centre", true)]
    [InlineData("colour", true)]
    [InlineData("defence", true)]
    [InlineData("woudl", false)]
    [InlineData("cancellled", false)]
    public void BritishSpellingsOfKnownWordsAreWords(string word, bool british)
    {
        string[] american = ["organization", "iodize", "analyzed", "center", "color", "defense", "cancelled"];
        Assert.Equal(british, BritishSpelling.HasAmericanForm(word, w => american.Contains(w.ToString())));
    }
}
