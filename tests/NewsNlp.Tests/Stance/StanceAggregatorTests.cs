using NewsNlp.Documents;
using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class StanceAggregatorTests
{
    private static Statement At(int start, double weight, int quoteId = -1) =>
        new(1, new TextSpan(start, start + 5), StatementSource.DirectQuote, quoteId, weight);

    [Fact]
    public void NoStatementsGiveNoRow()
    {
        Assert.Null(StanceAggregator.Combine(1, "topic", [], [], "m@1", null));
    }

    [Fact]
    public void WeightedMeanSumsToOneAndPicksTheStrongestStatement()
    {
        Statement[] statements = [At(0, 1.0, quoteId: 4), At(10, 0.5, quoteId: 2), At(20, 0.8)];
        StanceProbabilities[] predictions = [new(0.7, 0.2, 0.1), new(0.1, 0.8, 0.1), new(0.9, 0.05, 0.05)];

        var row = StanceAggregator.Combine(1, "topic", statements, predictions, "m@1", (PortrayalLabel.Negative, 0.6))!;

        Assert.Equal(StanceLabel.Support, row.Stance);
        Assert.Equal(1.0, row.PSupport + row.POppose + row.PNeutral, 9);
        Assert.Equal(((1.0 * 0.7) + (0.5 * 0.1) + (0.8 * 0.9)) / 2.3, row.PSupport, 9);
        Assert.Equal(row.PSupport, row.Confidence, 9);
        Assert.Equal(new TextSpan(20, 25), row.EvidenceSpan); // 0.8 × 0.9 beats 1.0 × 0.7
        Assert.Equal([2, 4], row.EvidenceQuoteIds);
        Assert.Equal(3, row.EvidenceCount);
        Assert.Equal(PortrayalLabel.Negative, row.Portrayal);
    }
}
