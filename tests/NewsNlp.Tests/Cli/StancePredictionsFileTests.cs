using NewsNlp.Cli.Commands;
using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cli;

public sealed class StancePredictionsFileTests
{
    [Fact]
    public void EachRowHasItsGoldLabelPredictionAndProbabilitiesQuotedWhereNeeded()
    {
        using var dir = new TempDirectory();
        StancePair[] pairs =
        [
            new("Harlow should be confirmed", "Harlow is, the governor said, an honest lawyer.", StanceLabels.Support, "news:a", "the governor"),
            new("Harlow should be confirmed", "The hearing starts on Monday.", StanceLabels.Neutral, "news:a"),
        ];
        StanceProbabilities[] predicted = [new(0.7, 0.2, 0.1), new(0.2, 0.5, 0.3)];

        StancePredictionsFile.Write(dir.File("p.csv"), pairs, predicted);

        var lines = File.ReadAllLines(dir.File("p.csv"));
        Assert.Equal("group,topic,stakeholder,statement,gold,predicted,support,oppose,neutral", lines[0]);
        Assert.Equal("news:a,Harlow should be confirmed,the governor,\"Harlow is, the governor said, an honest lawyer.\",support,support,0.700,0.200,0.100", lines[1]);
        Assert.Equal("news:a,Harlow should be confirmed,,The hearing starts on Monday.,neutral,oppose,0.200,0.500,0.300", lines[2]);
    }
}
