using NewsNlp.Documents;
using NewsNlp.Stakeholders;
using NewsNlp.Tests.Quotes;

namespace NewsNlp.Tests.Stakeholders;

public class StakeholderStageTests
{
    private const string Person = EntityTypes.Person;

    private static Article Run(string text, params (string, string)[] names) => ArticleFixture.WithStakeholders(text, names);

    private static Entity Only(Article article, string name) => Assert.Single(article.Entities, e => e.Name == name);

    [Fact]
    public void NameVariantsBecomeOneEntityWithTheFullestWellCasedName()
    {
        var article = Run(
            "special U.S. envoy Steve Witkoff revealed the plan. Witkoff described it. Steve witkoff (U.S. Envoy) agreed.",
            ("Steve Witkoff", Person), ("Witkoff", Person), ("Steve witkoff", Person));

        var witkoff = Only(article, "Steve Witkoff");
        Assert.Equal("person:steve-witkoff", witkoff.KbKey);
        Assert.Equal("special U.S. envoy", witkoff.Role);
        Assert.Equal(3, article.Mentions.Count(m => m.EntityId == witkoff.Id && m.Kind == MentionKind.Name));
    }

    [Fact]
    public void TitlesBecomeRolesAndParticlesKeepTheirCase()
    {
        var article = Run(
            "European Commission president ursula von der Leyen met Secretary of State Marco Rubio.",
            ("ursula von der Leyen", Person), ("Marco Rubio", Person), ("European Commission", EntityTypes.Org));

        Assert.Equal("European Commission president", Only(article, "Ursula von der Leyen").Role);
        Assert.Equal("Secretary of State", Only(article, "Marco Rubio").Role);
        Assert.Equal("org:european-commission", Only(article, "European Commission").KbKey);
    }

    [Fact]
    public void DescriptionsLinkToThePersonWhoseRoleTheyRepeat()
    {
        var article = Run(
            "special U.S. envoy Steve Witkoff met President Donald Trump. The envoy spoke. A Trump envoy claims more.",
            ("Steve Witkoff", Person), ("Donald Trump", Person), ("Trump", Person));

        var witkoff = Only(article, "Steve Witkoff");
        var nominals = article.Mentions.Where(m => m.Kind == MentionKind.Nominal).ToList();
        Assert.Equal(2, nominals.Count);
        Assert.All(nominals, m => Assert.Equal(witkoff.Id, m.EntityId));
        Assert.Equal("President", Only(article, "Donald Trump").Role);
    }

    [Fact]
    public void PronounsLinkToTheSubjectOfThePreviousSentence()
    {
        var article = Run(
            "European Commission president Ursula von der Leyen, speaking alongside Ukrainian president Volodymyr Zelenskyy, welcomed President Trump’s offer. She affirmed that the coalition stands ready.",
            ("Ursula von der Leyen", Person), ("Volodymyr Zelenskyy", Person), ("Trump", Person));

        var she = Assert.Single(article.Mentions, m => m.Kind == MentionKind.Pronoun);
        Assert.Equal(Only(article, "Ursula von der Leyen").Id, she.EntityId);
    }

    [Fact]
    public void DemonymsAndLowercasedNamesJoinTheirCountry()
    {
        var article = Run(
            "Sources within the Russian government spoke. Russia agreed. Trust between russia and the West matters.",
            ("Russian", EntityTypes.Norp), ("Russia", EntityTypes.Gpe));

        var russia = Only(article, "Russia");
        Assert.Equal("gpe:russia", russia.KbKey);
        Assert.Equal(EntityTypes.Gpe, russia.Type);
        Assert.Equal(3, russia.Mentions);
        Assert.Contains(article.Mentions, m => m.Kind == MentionKind.Alias && m.EntityId == russia.Id);
    }

    [Fact]
    public void LowercasedSurnameAtSentenceStartIsSpotted()
    {
        var article = Run("Steve Witkoff spoke. witkoff expressed optimism.", ("Steve Witkoff", Person));
        Assert.Equal(2, Only(article, "Steve Witkoff").Mentions);
    }

    [Fact]
    public void CountryAliasesAndAcronymsMerge()
    {
        var article = Run(
            "The United States and the European Union met. The U.S. and the EU agreed.",
            ("United States", EntityTypes.Gpe), ("European Union", EntityTypes.Org), ("U.S.", EntityTypes.Gpe), ("EU", EntityTypes.Org));

        Assert.Equal(2, Only(article, "United States").Mentions);
        Assert.Equal(2, Only(article, "European Union").Mentions);
    }

    [Theory]
    [InlineData("PERSON", "José Álvarez", "person:jose-alvarez")]
    [InlineData("PERSON", "Conan O’Brien", "person:conan-obrien")]
    [InlineData("ORG", "NATO", "org:nato")]
    [InlineData("GPE", "United States", "gpe:united-states")]
    public void KbKeysAreFoldedLowercaseAndHyphenated(string type, string name, string key) =>
        Assert.Equal(key, KbKeys.Make(type, name));

    [Fact]
    public void TableHeaderNamesNobody()
    {
        var text = "| Key Stakeholder | Position |\n|---|---|\n| Marco Rubio | Peace first. |";
        var article = ArticleFixture.Build(text, ("Key Stakeholder", Person), ("Marco Rubio", Person));
        article.Tables.Add(new Table(0, text.Length, ["Key Stakeholder", "Position"], [["Marco Rubio", "Peace first."]]));
        new StakeholderStage().Process(article, CancellationToken.None);

        var person = Assert.Single(article.Entities);
        Assert.Equal("Marco Rubio", person.Name);
    }

    [Fact]
    public void SplitMisspeltDefinitionJoinsItsAcronym()
    {
        var article = Run(
            "They mirror the principles of the North Atlantic Treaty Association (NATO). NATO officials agreed.",
            ("North Atlantic", EntityTypes.Loc), ("Treaty Association", EntityTypes.Org), ("NATO", EntityTypes.Org));

        var nato = Assert.Single(article.Entities);
        Assert.Equal("NATO", nato.Name);
        Assert.Equal(4, nato.Mentions);
    }

    [Fact]
    public void DefinitionPiecesWithGapsJoinTheAcronymAndOtherMentionsStay()
    {
        var article = Run(
            "They mirror the North Atlantic Treaty Association (NATO). NATO met. The North Atlantic was calm.",
            ("North Atlantic", EntityTypes.Loc), ("Association", EntityTypes.Org), ("NATO", EntityTypes.Org));

        var nato = Assert.Single(article.Entities, e => e.Name == "NATO");
        Assert.Equal(4, nato.Mentions);
        Assert.Equal(1, Assert.Single(article.Entities, e => e.Name == "North Atlantic").Mentions);
        Assert.DoesNotContain(article.Entities, e => e.Name == "Association");
    }

    [Fact]
    public void ATwoLetterAcronymNeedsExactInitials()
    {
        var article = Run(
            "Write to Ask Us (EU) today. EU officials agreed.",
            ("Ask Us", EntityTypes.Org), ("EU", EntityTypes.Org));

        Assert.Contains(article.Entities, e => e.Name == "Ask Us");
    }

    [Fact]
    public void FirstNamesOneLetterApartAreOnePersonUnderTheCommonerSpelling()
    {
        var article = Run(
            "Interview with Kristin Wilkins. Kristen Wilkins, the curator, said it. Kristen Wilkins added more. Wilkins left.",
            ("Kristin Wilkins", Person), ("Kristen Wilkins", Person), ("Wilkins", Person));

        var person = Assert.Single(article.Entities);
        Assert.Equal("Kristen Wilkins", person.Name);
        Assert.Equal(4, person.Mentions);
    }

    [Fact]
    public void PronounsInsideQuotationsAreNotLinked()
    {
        var article = Run(
            "Kristen Wilkins spoke. “He was very prolific,” Wilkins said. She explained the process.",
            ("Kristen Wilkins", Person), ("Wilkins", Person));

        var wilkins = Assert.Single(article.Entities);
        var pronouns = article.Mentions.Where(m => m.Kind == MentionKind.Pronoun && m.EntityId == wilkins.Id).Select(m => article.TextOf(m.Span).ToString());
        Assert.Equal(["She"], pronouns);
    }

    [Fact]
    public void LoneNameOneTypoFromASurnameJoinsThatPerson()
    {
        var article = Run("K.C. Maurer runs the foundation. Mauer said more. Mauer left.", ("K.C. Maurer", Person), ("Mauer", Person));
        var person = Assert.Single(article.Entities);
        Assert.Equal("K.C. Maurer", person.Name);
        Assert.Equal(3, person.Mentions);
    }

    [Fact]
    public void ShortFormsInParenthesesJoinTheirLongNameWhateverTheLettersSpell()
    {
        var article = Run(
            "The deputies of Movimento 5 Stelle (M5S) wrote. Then the M5S party asked for more. The head of CEI (Italian Episcopal Conference) agreed.",
            ("Movimento 5 Stelle", EntityTypes.Org), ("CEI", EntityTypes.Org), ("Italian Episcopal Conference", EntityTypes.Org));

        var movement = Only(article, "Movimento 5 Stelle");
        var later = article.Clean.IndexOf("M5S party", StringComparison.Ordinal);
        Assert.Contains(article.Mentions, m => m.Start == later && m.EntityId == movement.Id);
        Assert.Equal(2, Only(article, "Italian Episcopal Conference").Mentions);
        Assert.DoesNotContain(article.Entities, e => e.Name == "CEI");
    }

    [Fact]
    public void DefinitionNeitherFormOfWhichWasRecognisedBecomesAnOrganisation()
    {
        // Initials of the capitalised words, digits included, spell the short form.
        var article = ArticleFixture.WithQuotes("Members of Partito 9 Verde (P9V) met in Turin. The P9V party said the vote had been unfair.", ("Turin", EntityTypes.Gpe));

        var party = Only(article, "Partito 9 Verde");
        Assert.Equal(EntityTypes.Org, party.Type);
        Assert.Equal(3, party.Mentions);
        Assert.Equal("Partito 9 Verde", ArticleFixture.QuoteOf(article, "the vote had been unfair").SpeakerName);
    }

    [Theory]
    [InlineData("She joined Green Lane (GL) last year.")]
    [InlineData("She joined the Green Lane Club (GLX) last year.")]
    public void UnrecognisedDefinitionNeedsThreeExactInitials(string text) =>
        Assert.Empty(Run(text).Entities);

    [Fact]
    public void FormerStaysInTheRoleThoughTheShortTitleIsMoreFrequent()
    {
        var article = Run(
            "The aides of former US President Donald Trump spoke. Later President Trump spoke again. President Trump left.",
            ("Donald Trump", Person), ("Trump", Person));
        Assert.Equal("former US President", Only(article, "Donald Trump").Role);
    }

    [Fact]
    public void APronounInReportedWordsPrefersThePersonNamedInThem()
    {
        var article = Run(
            "Kristen Wilkins explained Andy Warhol's obsession began when he first collected head shots.",
            ("Kristen Wilkins", Person), ("Andy Warhol", Person));

        var he = Assert.Single(article.Mentions, m => m.Kind == MentionKind.Pronoun);
        Assert.Equal("Andy Warhol", article.Entities[he.EntityId].Name);
    }

    [Fact]
    public void AnAppositiveWithATitleIsARoleThatDescriptionsFind()
    {
        var article = Run(
            "Joseph Stiglitz, an economist at Columbia University, criticised the tax. The economist argued that it would deepen inequality.",
            ("Joseph Stiglitz", Person), ("Columbia University", EntityTypes.Org));

        var stiglitz = Only(article, "Joseph Stiglitz");
        Assert.Equal("economist at Columbia University", stiglitz.Role);
        Assert.Contains(article.Mentions, m => m.Kind == MentionKind.Nominal && m.EntityId == stiglitz.Id);
    }
}
