using NewsNlp.Repair;

namespace NewsNlp.Tests.Repair;

/// <summary>In well-cased text the shipped truecaser changes a lower-case word only on strong evidence.</summary>
public class CasingEvidenceTests
{
    private static readonly RepairStage Stage = new(RepairOptions.Default, RepairModels.Default);

    [Theory]
    [InlineData("Chinese leader Xi Jinping met the special envoy in Beijing on Monday.")]
    [InlineData("White House press secretary Sean Spicer said the Republican state Insurance Commissioner agreed.")]
    [InlineData("Protesters in Paris march through the city with a brown envelope for Mr. Sessions.")]
    public void CorrectLowerCaseWordsBesideNamesStay(string raw)
        => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Fact]
    public void NamesAndMultiwordNamesAreRestored()
    {
        var clean = RepairFixtures.Repair(Stage, "Steve Witkoff met officials from russia, and later witkoff told the united states that the US state Department agreed.").Clean;
        Assert.Equal("Steve Witkoff met officials from Russia, and later Witkoff told the United States that the US State Department agreed.", clean);
    }

    [Fact]
    public void AWritersOwnLowerCaseSpellingIsKept()
    {
        const string raw = "Since Monday i think the plan is good, and i said so to Anna.";
        Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);
    }
}
