using NewsNlp.Repair;

namespace NewsNlp.Tests.Repair;

/// <summary>In well-cased text the shipped truecaser changes a lower-case word only on strong evidence.</summary>
public class CasingEvidenceTests
{
    private static readonly RepairStage Stage = new(RepairOptions.Default, RepairModels.Default);

    [Theory]
    [InlineData("Chinese leader Xi Jinping met the special envoy in Beijing on Monday.")]
    [InlineData("White House press secretary Dana Orlov said the Republican state Insurance Commissioner agreed.")]
    [InlineData("Protesters in Paris march through the city with a brown envelope for Mr. Sessions.")]
    [InlineData("Ukrainian president Volodymyr Zelensky met European Commission president Ursula von der Leyen in Brussels.")]
    [InlineData("The French leader criticised U.S. president Donald Trump, and director Bill Condon agreed.")]
    [InlineData("Rep. Thomas Massie (R-Ky.) said he would vote, and Ryan Zinke went to Bunkerville, Nev. to meet ranchers.")]
    [InlineData("“Where do we go now?” said Mr. Farage on Friday, citing #ksleg posts.")]
    public void CorrectLowerCaseWordsBesideNamesStay(string raw)
        => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Fact]
    public void NamesAndMultiwordNamesAreRestored()
    {
        var clean = RepairFixtures.Repair(Stage, "Steve Witkoff met officials from russia, and later witkoff told the united states that the US state Department agreed.").Clean;
        Assert.Equal("Steve Witkoff met officials from Russia, and later Witkoff told the United States that the US State Department agreed.", clean);
    }

    [Fact]
    public void AHeadNounOfNamesAfterACapitalisedWordIsRestored()
    {
        var clean = RepairFixtures.Repair(Stage, "Students at Hofstra university met on Monday, and the Trump administration said nothing.").Clean;
        Assert.Equal("Students at Hofstra University met on Monday, and the Trump administration said nothing.", clean);
    }

    [Fact]
    public void AnOrdinaryWordIsNotPutInCapitalsBesideAnAcronym()
    {
        var clean = RepairFixtures.Repair(Stage, "Their portal is not as popular as Yahoo! and AOL today.").Clean;
        Assert.DoesNotContain("AND", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void APairTheCorpusWritesCapitalisedIsRestored()
    {
        var clean = RepairFixtures.Repair(Stage, "The lawyer met Mueller and Trump on Monday, and the white house counsel, Donald McGahn, agreed.").Clean;
        Assert.Contains("the White House counsel", clean, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yeah sounds fun. want to grab lunch with us after the match? i guess so.")]
    [InlineData("sure call me maybe at noon. thanks for the notes. see you there")]
    public void TextWrittenWhollyInLowerCaseIsTheWritersStyle(string raw)
        => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Fact]
    public void WhollyLowerCasedTextIsRestoredWhenTakenForDamage()
    {
        var restore = new RepairStage(RepairOptions.Default with { RestoreLowerCasedText = true }, RepairModels.Default);
        var clean = RepairFixtures.Repair(restore, "officials in russia said the talks would go on. the envoy agreed.").Clean;
        Assert.Equal("Officials in Russia said the talks would go on. The envoy agreed.", clean);
    }

    [Fact]
    public void LoweredWordsOfATitleCaseHeadlineAreRestored()
    {
        var clean = RepairFixtures.Repair(Stage, "mayor jenkins Wins Second Term After Tight budget Fight\nThe count ended late on Tuesday.").Clean;
        // Its lowered name and first word come back; a lower-case ordinary word may be the writer's style.
        Assert.StartsWith("Mayor Jenkins Wins Second Term After Tight budget Fight\n", clean, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why the budget plan failed in the end\nThe count ended late on Tuesday.")]
    [InlineData("Image caption Maria Lopez was 30 when she joined Acme Corp in Denver\nThe count ended late.")]
    [InlineData("Talks With Russia Move Forward Despite Setbacks\nThe count ended late on Tuesday.")]
    public void HeadingsInTheirOwnStyleStay(string raw)
        => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Fact]
    public void ANameWrittenInMixedCaseGetsItsMixedCase()
    {
        var clean = RepairFixtures.Repair(Stage, "The plan will not work,” mcconnell said in a statement.").Clean;
        Assert.Equal("The plan will not work,” McConnell said in a statement.", clean);
    }

    [Fact]
    public void AnUnknownSurnameAfterAGivenNameIsRestored()
    {
        var clean = RepairFixtures.Repair(Stage, "The prize went to her cousin Marisela quennard last week, and the lawyer, Tom quellmore, agreed.").Clean;
        Assert.Equal("The prize went to her cousin Marisela Quennard last week, and the lawyer, Tom Quellmore, agreed.", clean);
    }

    [Theory]
    [InlineData("It gave me a feeling of Déjà vu all over again.")]
    [InlineData("My router is new, so the wifi works now, but the wifi at work is slow.")]
    [InlineData("We had dinner w/ friends, and b/c of the rain we stayed in.")]
    public void ShorthandAndTheWritersOwnSpellingsStay(string raw)
        => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Fact]
    public void ASurnameAfterAnHonorificAndANameNearlyAlwaysCapitalisedAreRestored()
    {
        var clean = RepairFixtures.Repair(Stage, "Aides said Ms. warren would post the statement on twitter later.").Clean;
        Assert.Equal("Aides said Ms. Warren would post the statement on Twitter later.", clean);
    }

    [Fact]
    public void AMonthBeforeADayIsRestored()
    {
        var clean = RepairFixtures.Repair(Stage, "The hearing was set for may 14, and sales may double by then.").Clean;
        Assert.Equal("The hearing was set for May 14, and sales may double by then.", clean);
    }

    [Fact]
    public void AOneSentenceTextStillGetsItsCapital()
        => Assert.Equal("He lifted the flag and started waving.", RepairFixtures.Repair(Stage, "he lifted the flag and started waving.").Clean);

    [Fact]
    public void ANameTheWriterCapitalisesElsewhereIsRestored()
    {
        var clean = RepairFixtures.Repair(Stage, "I have not seen this before, but I thought i would share it here anyway.").Clean;
        Assert.Equal("I have not seen this before, but I thought I would share it here anyway.", clean);
    }

    [Fact]
    public void AWriterWhoWritesLowerCaseIKeepsLowerCaseNames()
    {
        const string raw = "Yesterday i met the enron people in houston, and i think they liked the plan Bob sent.";
        Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);
    }

    [Fact]
    public void ANameLoweredMoreThanOnceIsStillDamage()
    {
        var clean = RepairFixtures.Repair(Stage, "Reports said trump met aides on Monday, and trump allies on the radio argued.").Clean;
        Assert.Equal("Reports said Trump met aides on Monday, and Trump allies on the radio argued.", clean);
    }

    [Fact]
    public void AWritersOwnLowerCaseSpellingIsKept()
    {
        const string raw = "Since Monday i think the plan is good, and i said so to Anna.";
        Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);
    }

    [Theory]
    [InlineData("Officials from russia and ukraine met President Macron at a french military airport late on Saturday.", "Officials from Russia and Ukraine met President Macron at a French military airport late on Saturday.")]
    [InlineData("Envoys from russia and ukraine met at a seaside resort in Palm beach, Fla., on Tuesday.", "Envoys from Russia and Ukraine met at a seaside resort in Palm Beach, Fla., on Tuesday.")]
    public void ATextShowingDamageGetsMoreOfItsCapitalsBack(string raw, string repaired)
        => Assert.Equal(repaired, RepairFixtures.Repair(Stage, raw).Clean);

    // A damaged text ("russia", "ukraine") gets its names back, but not words the corpus capitalises only
    // inside names: "accord" only after a capitalised word ("the Paris Accord"), "akin" as a surname, and
    // "eastern" before a place ("eastern Ukraine", not a pair the corpus writes capitalised).
    [Fact]
    public void ADamagedTextKeepsWordsCapitalisedOnlyInsideNames()
    {
        const string raw = "Talks in Geneva: What the Ceasefire Plan Means for Kyiv\n"
            + "Envoys from the United Nations said on Monday that russia and ukraine were close to a complete peace accord. "
            + "Foreign Minister Anna Berg said allies would extend a guarantee to Ukraine, akin to NATO’s Article 5, as part of the deal, and that the European Union would pay for the monitors. "
            + "Support for separatists in eastern Ukraine showed the limits of such pledges, the Red Cross said, while President Trump urged europe to act.";
        var expected = raw.Replace("russia and ukraine", "Russia and Ukraine", StringComparison.Ordinal)
            .Replace("urged europe", "urged Europe", StringComparison.Ordinal);
        Assert.Equal(expected, RepairFixtures.Repair(Stage, raw).Clean);
    }

    [Theory]
    [InlineData("Officials met President Macron at a french military airport late on Saturday.")]
    [InlineData("Envoys met at a seaside resort in Palm beach, Fla., on Tuesday.")]
    public void TheSameWordsInATextWithoutDamageStay(string raw)
        => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Theory]
    [InlineData("I spoke to Bruce garcey at the office regarding their offer.", "I spoke to Bruce Garcey at the office regarding their offer.")]
    [InlineData("District Attorney George gascon answered questions from reporters.", "District Attorney George Gascon answered questions from reporters.")]
    public void AnUnknownWordAfterAGivenNameIsASurname(string raw, string repaired)
        => Assert.Equal(repaired, RepairFixtures.Repair(Stage, raw).Clean);

    [Theory]
    [InlineData("Critics saw a striking indifference … to the scale of the problem, she said.")]
    [InlineData("The law gives millions of Americans access to quality, affordable care.")]
    [InlineData("His wi-fi password was a derivation of the phrase, police said.")]
    [InlineData("We can do more . . . the start of the end, he said.")]
    [InlineData("[image] Police said they linked the cases.")]
    [InlineData("The mayor said Okafor's fiancee and two cousins were tested.")]
    [InlineData("We have convinced the Food Standards of Australia and New Zealand | that all salt should be iodised.")]
    [InlineData("Voters spoke out. pic.twitter.com/Ab3xYz9QwE — dana whit (@danawhit) November 8, 2018")]
    public void OrdinaryLowerCaseWordsInTrickyPlacesStay(string raw)
        => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Fact]
    public void ATitleLoweredInsideACapitalisedTitleIsRestored()
    {
        var clean = RepairFixtures.Repair(Stage, "Reporters met Japanese prime Minister Shinzo Abe in Osaka on Friday.").Clean;
        Assert.Equal("Reporters met Japanese Prime Minister Shinzo Abe in Osaka on Friday.", clean);
    }

    [Fact]
    public void APairTheTextWritesCapitalisedElsewhereComesBackWhole()
    {
        var clean = RepairFixtures.Repair(Stage, "He trained at the Johns Hopkins Medical Center. Later the Hopkins medical Center hired him as a surgeon.").Clean;
        Assert.Equal("He trained at the Johns Hopkins Medical Center. Later the Hopkins Medical Center hired him as a surgeon.", clean);
    }

    [Fact]
    public void AWordTheTextWritesInItsOwnCapitalsGetsThem()
    {
        var clean = RepairFixtures.Repair(Stage, "Senator Zorbly McAuliffe said the KWVX plan works. Aides to mcauliffe said kwvx staff agreed.").Clean;
        Assert.Equal("Senator Zorbly McAuliffe said the KWVX plan works. Aides to McAuliffe said KWVX staff agreed.", clean);
    }

    [Theory]
    [InlineData("The park opened in May. A national park is not a National Park Service site, he said.")]
    [InlineData("Senators met the US envoy. The envoy told us the talks had stalled.")]
    public void APairOrWordTheWriterAlsoWritesInLowerCaseStays(string raw)
        => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Theory]
    [InlineData("TAPPER: so the plan failed, he said.", "TAPPER: So the plan failed, he said.")]
    [InlineData("The senator said: “we will vote against the bill.”", "The senator said: “We will vote against the bill.”")]
    [InlineData("They asked the question: how long can the talks last?", "They asked the question: how long can the talks last?")]
    [InlineData("BANNON: -- no, no, no.", "BANNON: -- no, no, no.")]
    public void AColonStartsASentenceAfterASpeakerOrBeforeAQuotation(string raw, string repaired)
        => Assert.Equal(repaired, RepairFixtures.Repair(Stage, raw).Clean);

    [Fact]
    public void AGivenNameTheCorpusWritesWithTheSurnameIsRestored()
    {
        var clean = RepairFixtures.Repair(Stage, "Reporters waited for Senate Democrat chuck Schumer outside the hall on Monday.").Clean;
        Assert.Equal("Reporters waited for Senate Democrat Chuck Schumer outside the hall on Monday.", clean);
    }

    [Theory]
    [InlineData("The World Health Organisation (who) recommends iodised salt.", "The World Health Organisation (WHO) recommends iodised salt.")]
    [InlineData("She hosts Fox News Channel’s (fnc) show and two political action committees (pacs) paid.", "She hosts Fox News Channel’s (FNC) show and two political action committees (PACs) paid.")]
    [InlineData("He asked who (who) was there, and the plan (as drafted) failed.", "He asked who (who) was there, and the plan (as drafted) failed.")]
    public void ALowerCaseAcronymOfTheNameBeforeItIsRestored(string raw, string repaired)
        => Assert.Equal(repaired, RepairFixtures.Repair(Stage, raw).Clean);
}
