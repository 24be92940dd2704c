using NewsNlp.Pipeline;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Stakeholders;

/// <summary>
/// The whole pipeline over the sample archive (data/samples): roles written beside names, organisation
/// names with a head word, a town the recogniser took for a person, and speakers named by a description
/// or a pronoun, as entities.csv and quotes.csv give them.
/// </summary>
public sealed class SampleArchiveStakeholderTests
{
    private static readonly Lazy<(List<Dictionary<string, string>> Entities, List<Dictionary<string, string>> Quotes)> Tables = new(() =>
    {
        using var dir = new TempDirectory();
        var options = new RunOptions { Input = RepoFiles.Samples, Output = dir.File("out"), Workers = 2 };
        new BatchRunner(options, PipelineFactory.Create(options)).RunAsync().GetAwaiter().GetResult();
        return (CsvTables.Records(dir.File("out/entities.csv")), CsvTables.Records(dir.File("out/quotes.csv")));
    });

    [Theory]
    [InlineData("Tomas Reyes", "harbour authority's chief executive")]
    [InlineData("Karim Haddad", "head of the national disaster agency")]
    [InlineData("Helen Okafor", "regional transport minister")]
    [InlineData("Sofia Lindqvist", "hospital's medical director")]
    [InlineData("Marta Keane", "chair of the Elwin Dockers' Union")]
    [InlineData("Peter Lowe", "Opposition councillor")]
    [InlineData("Aisha Rahman", "Council leader")]
    [InlineData("Jonas Berg", "Chief executive")]
    public void RolesBesideNamesAreRead(string name, string role)
    {
        var entity = Assert.Single(Tables.Value.Entities, e => e["name"] == name);
        Assert.Equal(("PERSON", role), (entity["type"], entity["role"]));
    }

    [Theory]
    [InlineData("Lakeside General Hospital", "ORG")]
    [InlineData("Elwin Dockers' Union", "ORG")]
    [InlineData("Central Bank of Varland", "ORG")]
    [InlineData("Halden Motors", "ORG")]
    [InlineData("Rosdale", "LOC")]
    public void OrganisationsAndPlacesHaveTheirType(string name, string type)
    {
        var entity = Assert.Single(Tables.Value.Entities, e => e["name"] == name);
        Assert.Equal(type, entity["type"]);
        Assert.DoesNotContain(Tables.Value.Entities, e => e["name"] is "Hospital" or "Elwin Dockers");
    }

    [Theory]
    [InlineData("Families told us they needed somewhere to stay", "Sofia Lindqvist")]
    [InlineData("the libraries were used by thousands of children", "Peter Lowe")]
    [InlineData("his party would campaign to reopen them", "Peter Lowe")]
    [InlineData("the decision was", "Aisha Rahman")]
    public void SpeakersAreTheNamedPeople(string quote, string speaker)
    {
        var row = Assert.Single(Tables.Value.Quotes, q => q["text"].StartsWith(quote, StringComparison.Ordinal));
        Assert.Equal(speaker, row["speaker_name"]);
        Assert.NotEqual(string.Empty, row["speaker_entity_id"]);
    }
}
