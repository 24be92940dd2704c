using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class StanceStageTests
{
    // Sentences of the sample article, lightly trimmed; quotes are placed by hand as the quote stage would.
    private static readonly string[] Sentences =
    [
        "Special U.S. envoy Steve Witkoff revealed Sunday that Russian President Vladimir Putin, during a summit with President Donald Trump, expressed agreement to allow the United States and European allies to extend a security guarantee to Ukraine.",
        "European Commission president Ursula von der Leyen, speaking alongside Ukrainian president Volodymyr Zelenskyy in Brussels, welcomed President Trump's stated willingness to contribute to these security guarantees.",
        "Witkoff described the potential security guarantees as \u201cgame-changing,\u201d noting that Russia has also pledged a legislative commitment.",
        "\u201cIt is indeed crucial that America agrees to work with Europe to provide security guarantees for Ukraine,\u201d Zelenskyy stated.",
        "Secretary of State Marco Rubio cautioned that consequences would follow if a ceasefire was not achieved.",
        "The weather in Brussels was mild.",
    ];

    private static readonly string[] Names = ["Steve Witkoff", "Vladimir Putin", "Ursula von der Leyen", "Volodymyr Zelenskyy", "Marco Rubio", "Donald Trump"];

    private static Article SampleArticle()
    {
        var article = StanceFixtures.Article("Russia Signals Shift in Ukraine Negotiations, Considering Security Guarantees", Sentences, Names);
        article.Quotes.Add(StanceFixtures.Quote(article, 0, QuoteKind.Indirect, "Russian President Vladimir Putin, during a summit with President Donald Trump, expressed agreement to allow the United States and European allies to extend a security guarantee to Ukraine", speaker: 0));
        article.Quotes.Add(StanceFixtures.Quote(article, 1, QuoteKind.Partial, "game-changing", speaker: 0));
        article.Quotes.Add(StanceFixtures.Quote(article, 2, QuoteKind.Direct, "It is indeed crucial that America agrees to work with Europe to provide security guarantees for Ukraine", speaker: 3));
        article.Quotes.Add(StanceFixtures.Quote(article, 3, QuoteKind.Indirect, "consequences would follow if a ceasefire was not achieved", speaker: 4));
        return article;
    }

    [Fact]
    public void EveryStakeholderWithEvidenceGetsOneRowAndOthersNone()
    {
        var model = StanceFixtures.Model();
        var article = SampleArticle();

        new StanceStage(model, portrayal: null).Process(article, CancellationToken.None);

        var ids = article.Stances.Select(s => s.EntityId).ToArray();
        // Witkoff (quotes 0, 1), Putin (expressed agreement), von der Leyen (welcomed), Zelenskyy (quote 2), Rubio (quote 3).
        Assert.Equal([0, 1, 2, 3, 4], ids);
        Assert.DoesNotContain(article.Stances, s => s.EntityId == 5); // Trump: mentioned, no statement of his own
    }

    [Fact]
    public void RowsCarryProbabilitiesSummingToOneAndTheirEvidence()
    {
        var model = StanceFixtures.Model();
        var article = SampleArticle();

        new StanceStage(model, portrayal: null, topic: "Security guarantees for Ukraine").Process(article, CancellationToken.None);

        Assert.All(article.Stances, s =>
        {
            Assert.Equal(1.0, s.PSupport + s.POppose + s.PNeutral, 9);
            Assert.Equal("Security guarantees for Ukraine", s.Target);
            Assert.Equal("stance-fast@" + StanceModels.Version, s.Model);
            Assert.NotNull(s.EvidenceSpan);
            Assert.InRange(s.Confidence, 1 / 3.0, 1.0);
        });
        var witkoff = article.Stances.Single(s => s.EntityId == 0);
        Assert.Equal([0, 1], witkoff.EvidenceQuoteIds);
        Assert.Equal(2, witkoff.EvidenceCount);
        var vonDerLeyen = article.Stances.Single(s => s.EntityId == 2);
        Assert.Empty(vonDerLeyen.EvidenceQuoteIds);
        Assert.StartsWith("welcomed", article.TextOf(vonDerLeyen.EvidenceSpan!.Value).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TitleIsTheDefaultTarget()
    {
        var model = StanceFixtures.Model();
        var article = SampleArticle();

        new StanceStage(model, portrayal: null).Process(article, CancellationToken.None);

        Assert.All(article.Stances, s => Assert.Equal(article.Title, s.Target));
    }

    [Fact]
    public void ArticleWithoutStatementsGetsNoRows()
    {
        var model = StanceFixtures.Model();
        var article = StanceFixtures.Article("Weather", ["Marco Rubio was in Brussels.", "The weather was mild."], "Marco Rubio");

        new StanceStage(model, portrayal: null).Process(article, CancellationToken.None);

        Assert.Empty(article.Stances);
    }

    [Fact]
    public void StageDeclaresWhatItNeedsAndProvides()
    {
        var model = StanceFixtures.Model();
        var stage = new StanceStage(model, portrayal: null);

        Assert.True(stage.Requires.HasFlag(Layer.Entities) && stage.Requires.HasFlag(Layer.Quotes));
        Assert.Equal(Layer.Stances, stage.Provides);
    }
}
