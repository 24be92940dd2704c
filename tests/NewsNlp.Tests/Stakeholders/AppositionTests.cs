using NewsNlp.Documents;
using NewsNlp.Tests.Quotes;

namespace NewsNlp.Tests.Stakeholders;

/// <summary>
/// Roles set off by commas beside a name (before it: "the board's chief engineer, Lena Varo"; after it:
/// "Ines Dorr, deputy director of …", "…, who chairs …") and one-word names the recogniser typed as
/// people that the article puts somewhere ("near Tarnby"). Sentences written for these tests.
/// </summary>
public class AppositionTests
{
    private const string Person = EntityTypes.Person;

    private static Entity PersonNamed(Article article, string name) => Assert.Single(article.Entities, e => e.Name == name);

    [Theory]
    [InlineData("The port board's chief engineer, Lena Varo, said the quay was safe.", "Lena Varo", "port board's chief engineer")]
    [InlineData("The head of the state mining board, Omar Quist, said the mine would reopen.", "Omar Quist", "head of the state mining board")]
    [InlineData("The northern rail minister, Ada Brandt, urged calm.", "Ada Brandt", "northern rail minister")]
    [InlineData("Officials met the clinic's medical director, Dr. Nils Ekholm, on Monday.", "Nils Ekholm", "clinic's medical director")]
    public void DescriptionBeforeTheNameIsTheRole(string text, string name, string role)
    {
        var article = ArticleFixture.WithStakeholders(text, (name, Person));
        Assert.Equal(role, PersonNamed(article, name).Role);
    }

    [Theory]
    [InlineData("Ines Dorr, deputy director of the Calvo Institute, said the study was sound.", "deputy director of the Calvo Institute")]
    [InlineData("Ines Dorr, who chairs the Calvo Institute, said the study was sound.", "chair of the Calvo Institute")]
    [InlineData("Ines Dorr, who leads Rellan Freight, said the study was sound.", "leader of Rellan Freight")]
    [InlineData("Ines Dorr, who is the institute's chief economist, said the study was sound.", "institute's chief economist")]
    public void DescriptionAfterTheNameIsTheRole(string text, string role)
    {
        var article = ArticleFixture.WithStakeholders(text, ("Ines Dorr", Person));
        Assert.Equal(role, PersonNamed(article, "Ines Dorr").Role);
    }

    [Theory]
    [InlineData("The visitors, Ada Brandt and Omar Quist, left early.")]
    [InlineData("When the minister arrived, Ada Brandt left.")]
    [InlineData("Ada Brandt, who likes the sea, left early.")]
    [InlineData("Ada Brandt, a keen sailor, left early.")]
    [InlineData("In the words of the chief judge, Ada Brandt, the case was closed.")]
    [InlineData("Asked about the chief judge, Ada Brandt said nothing.")]
    [InlineData("During Minister's Questions on Monday, Ada Brandt left early.")]
    public void PhrasesThatNameNoOfficeGiveNoRole(string text)
    {
        var article = ArticleFixture.WithStakeholders(text, ("Ada Brandt", Person), ("Omar Quist", Person));
        Assert.Equal(string.Empty, PersonNamed(article, "Ada Brandt").Role);
    }

    [Fact]
    public void TheDescriptionBeforeANameIsAMentionOfThePerson()
    {
        var article = ArticleFixture.WithStakeholders("The word came from the port board's chief engineer, Lena Varo.", ("Lena Varo", Person));
        var person = PersonNamed(article, "Lena Varo");
        var nominal = Assert.Single(article.Mentions, m => m.Kind == MentionKind.Nominal);
        Assert.Equal("the port board's chief engineer", article.TextOf(nominal.Span).ToString());
        Assert.Equal(person.Id, nominal.EntityId);
    }

    [Fact]
    public void OneWordPersonIsAPlaceWhereAnUnrecognisedUseFollowsNear()
    {
        // The fixture recognises only the second "Tarnby"; the first is found by matching names later.
        var article = ArticleFixture.Build("Vantor Cables will open a depot near Tarnby. The mayor said Tarnby needed the jobs.", ("Tarnby", Person));
        article.Mentions.RemoveAt(0);
        var place = Assert.Single(ArticleFixture.WithQuotes(article).Entities);
        Assert.Equal(EntityTypes.Loc, place.Type);
    }

    [Fact]
    public void OneWordPersonAfterNearIsAPlace()
    {
        var article = ArticleFixture.WithStakeholders(
            "Vantor Cables will open a depot near Tarnby. The mayor said Tarnby needed the jobs.", ("Tarnby", Person));
        var place = Assert.Single(article.Entities);
        Assert.Equal((EntityTypes.Loc, 2), (place.Type, place.Mentions));
        Assert.All(article.Mentions, m => Assert.Equal(EntityTypes.Loc, m.Type));
    }

    [Theory]
    [InlineData("Elsa Tarnby spoke first. Trust in Tarnby fell.")]
    [InlineData("Mr. Tarnby spoke first. Trust in Tarnby fell.")]
    [InlineData("Trust in Tarnby's plan fell.")]
    public void ANameThatIsAPersonElsewhereStaysAPerson(string text)
    {
        var article = ArticleFixture.WithStakeholders(text, ("Elsa Tarnby", Person), ("Tarnby", Person));
        Assert.NotEmpty(article.Entities);
        Assert.All(article.Entities, e => Assert.Equal(Person, e.Type));
    }
}
