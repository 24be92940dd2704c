using NewsNlp.Documents;
using NewsNlp.Output;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Output;

public class ArticleRowsTests
{
    private const string Raw = "witkoff said “we are ready” today.";

    [Fact]
    public void LayersNoStageProducedLeaveCountsEmptyNotZero()
    {
        var article = new Article("d1", "a.txt", "0", Raw) { Title = "T", Language = "en" };
        var rows = ArticleRows.Build(article, Layer.None);
        Assert.Equal(["d1", "a.txt", "0", "T", null, "en", "ok", 34, 34, null, null, null, null, 0], rows.Article);
        Assert.All(rows.Details, Assert.Empty);
    }

    [Fact]
    public void FilledLayersBecomeRowsWithSourceOffsetsThroughTheEdits()
    {
        var article = new Article("d1", "a.txt", "0", Raw);
        article.ApplyEdits([new Edit(EditKind.Casing, "truecase", new TextSpan(0, 7), "witkoff", "Steve Witkoff", 0.91234)]);

        // Clean: "Steve Witkoff said “we are ready” today."
        article.Entities.Add(new Entity { Id = 0, Name = "Steve Witkoff", Type = EntityTypes.Person, KbKey = "person:steve-witkoff", Mentions = 1, FirstStart = 0 });
        article.Mentions.Add(new Mention { Start = 6, End = 13, Type = EntityTypes.Person, EntityId = 0, Sentence = 0 });
        article.Quotes.Add(new Quote { Id = 0, Kind = QuoteKind.Direct, Content = new TextSpan(20, 32), SpeakerEntityId = 0, SpeakerSpan = new TextSpan(0, 13), SpeakerName = "Steve Witkoff", Cue = new TextSpan(14, 18), CueLemma = "say", Sentence = 0, Confidence = 0.8 });
        article.Stances.Add(new StakeholderStance { EntityId = 0, Target = "peace", Stance = StanceLabel.Support, Confidence = 0.7, PSupport = 0.7, POppose = 0.1, PNeutral = 0.2, EvidenceQuoteIds = [0, 2], EvidenceCount = 2, EvidenceSpan = new TextSpan(20, 32), Model = "stance-fast@1" });

        var rows = ArticleRows.Build(article, Layer.CleanText | Layer.Mentions | Layer.Entities | Layer.Quotes | Layer.Stances);
        Assert.Equal([null, null, 1, 1, 1], rows.Article[9..]);
        Assert.Equal(["d1", 0, "casing", "truecase", 0, 7, "witkoff", "Steve Witkoff", 0.9123], rows.Details[0][0]);
        Assert.Equal(["d1", 0, "Steve Witkoff", "PERSON", "", "person:steve-witkoff", 1, 0], rows.Details[1][0]);

        // "Witkoff" in the cleaned text lies inside the edit: its source is the edit's raw range.
        Assert.Equal(["d1", 0, 0, "Witkoff", "PERSON", "name", 6, 13, 0, 7, 0], rows.Details[2][0]);
        Assert.Equal(["d1", 0, "direct", "we are ready", 20, 32, 14, 26, 0, "Steve Witkoff", "Steve Witkoff", "said", "say", 0, 0.8], rows.Details[3][0]);
        Assert.Equal(["d1", 0, "Steve Witkoff", "PERSON", "peace", "support", 0.7, 0.7, 0.1, 0.2, null, null, 2, "0;2", "we are ready", "stance-fast@1"], rows.Details[4][0]);
    }

    [Fact]
    public void UnsupportedLanguageArticlesGetNoAnalysisCounts()
    {
        var article = new Article("d", "s", "0", "Bonjour") { Status = ArticleStatus.UnsupportedLanguage };
        var rows = ArticleRows.Build(article, Layer.CleanText | Layer.Sentences | Layer.Tokens);
        Assert.Equal("unsupported_language", rows.Article[6]);
        Assert.Null(rows.Article[9]);
        Assert.Null(rows.Article[10]);
    }
}
