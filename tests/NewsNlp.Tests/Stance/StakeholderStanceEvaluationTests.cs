using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;

namespace NewsNlp.Tests.Stance;

public sealed class StakeholderStanceEvaluationTests
{
    private const string Topic = "The town should build a second bridge";

    /// <summary>Stands in for the pipeline: one entity and one stance row per (name, label) it is given.</summary>
    private sealed class FixedRows(params (string Name, StanceLabel Label)[] rows) : IStage
    {
        public string Name => "fixed";

        public Layer Requires => Layer.None;

        public Layer Provides => Layer.Stances;

        public void Process(Article article, CancellationToken cancellationToken)
        {
            foreach (var (name, label) in rows)
            {
                var id = article.Entities.Count;
                article.Entities.Add(new Entity { Id = id, Name = name, Type = EntityTypes.Person });
                article.Stances.Add(new StakeholderStance { EntityId = id, Target = article.Title, Stance = label, Model = "test" });
            }
        }
    }

    private static StancePair Row(string statement, string label, string stakeholder, string article = "a1") =>
        new(Topic, statement, label, article, stakeholder);

    [Fact]
    public void EachLabelledStakeholderIsScoredByItsOwnRowAndCountedWhenItHasNone()
    {
        StancePair[] rows =
        [
            Row("Mayor Ida Lund said the bridge would end the queues.", StanceLabels.Support, "Ida Lund"),
            Row("Lund added that the ferry could not cope.", StanceLabels.Support, "Lund"),
            Row("Councillor Ben Moss said the money should go to schools.", StanceLabels.Oppose, "Ben Moss"),
            Row("The engineers said the survey would take a year.", StanceLabels.Neutral, "the engineers"),
        ];

        var result = StakeholderStanceEvaluation.Run([new FixedRows(("Ida Lund", StanceLabel.Support), ("Ben Moss", StanceLabel.Neutral))], rows);

        Assert.Equal(4, result.Stakeholders); // "Ida Lund" and "Lund" are labelled as two, both found by the surname
        Assert.Equal(1, result.Missing);
        Assert.Equal(3, result.Found.Total);
        Assert.Equal(2, result.Found.Confusion[0, 0]); // support → support, twice
        Assert.Equal(1, result.Found.Confusion[1, 2]); // oppose → neutral
    }

    [Fact]
    public void EachArticleOfTheSetBecomesOneArticleTitledByItsTopic()
    {
        StancePair[] rows =
        [
            Row("Ida Lund backed the plan.", StanceLabels.Support, "Ida Lund", "a1"),
            Row("Ida Lund backed the plan.", StanceLabels.Neutral, "Ben Moss", "a1"),
            Row("Ben Moss objected.", StanceLabels.Oppose, "Ben Moss", "a1"),
        ];

        var article = StakeholderStanceEvaluation.ArticleOf("a1", rows);

        Assert.Equal(Topic, article.Title);
        Assert.Equal("Ida Lund backed the plan. Ben Moss objected.", article.Raw);
    }

    [Theory]
    [InlineData(new[] { "support", "support", "oppose" }, "support")]
    [InlineData(new[] { "oppose" }, "oppose")]
    [InlineData(new[] { "support", "oppose" }, null)]
    public void TheMajorityLabelStandsForTheStakeholderAndATieForNothing(string[] labels, string? expected) =>
        Assert.Equal(expected, StakeholderStanceEvaluation.MajorityLabel(labels));

    [Theory]
    [InlineData("Ida Lund", "Mayor Lund", true)]
    [InlineData("Ida Lund's office", "Lund", true)]
    [InlineData("the engineers", "The engineers", true)]
    [InlineData("Ida Lund", "Ben Moss", false)]
    [InlineData("The engineers", "The council", false)]
    [InlineData("Mayor Ida Lund", "Mayor Ben Moss", false)]
    public void NamesMatchByASharedCapitalisedWord(string a, string b, bool expected) =>
        Assert.Equal(expected, StakeholderStanceEvaluation.ShareANameWord(a, b));

    [Fact]
    public void AnExactNameIsScoredByItsOwnRowEvenWhenALooserMatchHasMoreEvidence()
    {
        StancePair[] rows = [Row("Ida Lund said the bridge is overdue.", StanceLabels.Support, "Ida Lund")];

        var result = StakeholderStanceEvaluation.Run([new FixedRows(("Ida Lund Jr.", StanceLabel.Oppose), ("Ida Lund", StanceLabel.Support))], rows);

        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(StanceLabels.Support, outcome.Predicted);
        Assert.Equal(NameMatchKind.Exact, outcome.Match);
    }

    [Fact]
    public void AStakeholderWithoutARowSaysWhy()
    {
        StancePair[] rows =
        [
            Row("\"The bridge is overdue,\" Ida Lund said.", StanceLabels.Support, "Ida Lund"),
            Row("\"The ferry copes,\" the engineers said.", StanceLabels.Oppose, "the engineers"),
            Row("Ben Moss chaired the meeting.", StanceLabels.Neutral, "Ben Moss"),
            Row("She said the survey would take a year.", StanceLabels.Neutral, "Ann Holt"),
        ];
        var stage = new QuotesOf(("The bridge is overdue", "Ida Lund", true), ("The ferry copes", "the engineers", false));

        var outcomes = StakeholderStanceEvaluation.Run([stage], rows).Outcomes.ToDictionary(o => o.Stakeholder);

        Assert.Equal(MissingReason.QuoteGivenToOther, outcomes["Ida Lund"].Reason); // her quote went to Ben Moss
        Assert.Equal(MissingReason.SpeakerNotAttributed, outcomes["the engineers"].Reason);
        Assert.Equal(MissingReason.NoStatementCollected, outcomes["Ben Moss"].Reason);
        Assert.Equal(MissingReason.NotNamedInText, outcomes["Ann Holt"].Reason);
        Assert.Equal("(none: the engineers)", outcomes["the engineers"].Speakers);
    }

    /// <summary>Stands in for the pipeline: entities "Ben Moss" and "Ida Lund", quotes given to Ben Moss or to no one; no stance rows.</summary>
    private sealed class QuotesOf(params (string Content, string Speaker, bool ToEntity)[] quotes) : IStage
    {
        public string Name => "quotes";

        public Layer Requires => Layer.None;

        public Layer Provides => Layer.Quotes;

        public void Process(Article article, CancellationToken cancellationToken)
        {
            article.Entities.Add(new Entity { Id = 0, Name = "Ben Moss", Type = EntityTypes.Person });
            article.Entities.Add(new Entity { Id = 1, Name = "Ida Lund", Type = EntityTypes.Person });
            foreach (var (content, speaker, toEntity) in quotes)
            {
                var at = article.Clean.IndexOf(content, StringComparison.Ordinal);
                article.Quotes.Add(new Quote
                {
                    Id = article.Quotes.Count,
                    Kind = QuoteKind.Direct,
                    Content = new TextSpan(at, at + content.Length),
                    SpeakerEntityId = toEntity ? 0 : -1,
                    SpeakerName = speaker,
                });
            }
        }
    }
}
