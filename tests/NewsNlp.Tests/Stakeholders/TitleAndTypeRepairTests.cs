using NewsNlp.Documents;
using NewsNlp.Stakeholders;
using NewsNlp.Tests.Quotes;

namespace NewsNlp.Tests.Stakeholders;

/// <summary>
/// Recogniser spans that cut across a title or mistype a name: a department taken into the name
/// ("Minister of | Education Stefania Giannini"), a title alone taken for a person ("Undersecretary"),
/// a courtesy title inside the role, a company typed as a person, a misspelt long surname ("Bauchtman"
/// for "Buchtmann"), a surname that is also a town typed as a place ("Marta Lyon … Lyon moved"). Sentences
/// written for these tests.
/// </summary>
public class TitleAndTypeRepairTests
{
    private const string Person = EntityTypes.Person;

    private static Article Run(string text, params (string, string)[] names) => ArticleFixture.WithStakeholders(text, names);

    [Theory]
    [InlineData("Minister of Education Stefania Giannini spoke on Monday.", "Education Stefania Giannini", "Stefania Giannini", "Minister of Education")]
    [InlineData("Minister for Foreign Affairs Anna von der Berg spoke on Monday.", "Foreign Affairs Anna von der Berg", "Anna von der Berg", "Minister for Foreign Affairs")]
    public void DepartmentInsideTheNameMentionCompletesTheTitle(string text, string mention, string name, string role)
    {
        var entity = Assert.Single(Run(text, (mention, Person)).Entities);
        Assert.Equal(name, entity.Name);
        Assert.Equal(role, entity.Role);
    }

    [Fact]
    public void TwoWordNameAfterTitleOfKeepsBothWords()
    {
        // Two words are a given name and a surname, not a department and a surname.
        var entity = Assert.Single(Run("The Secretary of State Marco Rubio spoke.", ("Marco Rubio", Person)).Entities);
        Assert.Equal("Marco Rubio", entity.Name);
        Assert.Equal("Secretary of State", entity.Role);
    }

    [Fact]
    public void UndersecretaryIsATitleNotAPersonAndTheCourtesyTitleIsNoRole()
    {
        var article = Run("Undersecretary for Education Mr. Toccafondi says schools will close.", ("Undersecretary", Person), ("Toccafondi", Person));
        var entity = Assert.Single(article.Entities);
        Assert.Equal("Toccafondi", entity.Name);
        Assert.Equal("Undersecretary for Education", entity.Role);
    }

    [Fact]
    public void CompanyTypedAsAPersonIsAnOrganisation()
    {
        var entity = Assert.Single(Run("Shares of Globex Inc. rose on Monday.", ("Globex Inc.", Person)).Entities);
        Assert.Equal(EntityTypes.Org, entity.Type);
        Assert.StartsWith("org:", entity.KbKey, StringComparison.Ordinal);
    }

    [Fact]
    public void LongSurnameMisspeltByTwoLettersIsTheSamePerson()
    {
        var article = Run("Lydia Buchtmann spoke first. Ms Bauchtman then answered.", ("Lydia Buchtmann", Person), ("Bauchtman", Person));
        var entity = Assert.Single(article.Entities);
        Assert.Equal("Lydia Buchtmann", entity.Name);
        Assert.Equal(2, entity.Mentions);
    }

    [Fact]
    public void DifferentLongSurnamesStayApart()
    {
        var article = Run("Anna Robertson spoke first. Robinson then answered.", ("Anna Robertson", Person), ("Robinson", Person));
        Assert.Equal(2, article.Entities.Count);
    }

    [Fact]
    public void SurnameTypedAsAPlaceStaysThePersonIntroducedByAFullName()
    {
        // The recogniser typed the bare surname as a city three times and the full name as a person once.
        var article = ArticleFixture.WithQuotes(
            "Marta Lyon, a retired nurse, spoke on Monday. Lyon was born in Spain. Lyon moved to Canada. Lyon then left the club. She said the club had lied to her.",
            ("Marta Lyon", Person), ("Lyon", EntityTypes.Gpe), ("Spain", EntityTypes.Gpe), ("Canada", EntityTypes.Gpe));

        var lyon = Assert.Single(article.Entities, e => e.Name == "Marta Lyon");
        Assert.Equal(Person, lyon.Type);
        Assert.Equal(4, article.Mentions.Count(m => m.EntityId == lyon.Id && m.Kind == MentionKind.Name));
        Assert.Equal("Marta Lyon", ArticleFixture.QuoteOf(article, "the club had lied to her").SpeakerName);
    }

    [Fact]
    public void NameAfterATitleIsAPersonWhateverTheRecogniserTypedIt()
    {
        var article = ArticleFixture.WithQuotes("Ms Lyon arrived late. She said the club had lied to her.", ("Lyon", EntityTypes.Gpe));

        var lyon = Assert.Single(article.Entities);
        Assert.Equal(Person, lyon.Type);
        Assert.Equal("Lyon", ArticleFixture.QuoteOf(article, "the club had lied to her").SpeakerName);
    }

    [Fact]
    public void TownNamedOnlyAsATownStaysAPlace()
    {
        var article = Run("Lyon is a large city. Officials in Lyon said the bridge would reopen.", ("Lyon", EntityTypes.Gpe));
        Assert.Equal(EntityTypes.Gpe, Assert.Single(article.Entities).Type);
    }
}
