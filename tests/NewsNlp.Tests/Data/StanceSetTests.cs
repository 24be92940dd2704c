using System.Globalization;
using CsvHelper;

namespace NewsNlp.Tests.Data;

/// <summary>
/// Guards the committed in-domain stance set (data/stance/statements.csv, repository data, not ../shared)
/// against edits that would break the stance model's training and evaluation: the schema, the label set,
/// the size promised in its README and the split-by-article rule that keeps test articles unseen.
/// </summary>
public sealed class StanceSetTests
{
    private static readonly string[] Columns = ["id", "article", "split", "topic", "stakeholder", "statement", "statement_start", "statement_end", "label", "source", "notes"];
    private static readonly HashSet<string> Labels = ["support", "oppose", "neutral"];
    private static readonly HashSet<string> Splits = ["train", "dev", "test"];
    private static readonly HashSet<string> Sources = ["gum", "newsmtsc", "sample"];

    private static readonly Lazy<(string[] Header, List<Dictionary<string, string>> Rows)> Set = new(Load);

    [Fact]
    public void Header_is_the_documented_schema()
    {
        Assert.Equal(Columns, Set.Value.Header);
    }

    [Fact]
    public void Has_at_least_400_statements_with_valid_values()
    {
        var rows = Set.Value.Rows;
        Assert.True(rows.Count >= 400, $"only {rows.Count} statements");
        Assert.All(rows, row =>
        {
            Assert.Contains(row["label"], Labels);
            Assert.Contains(row["split"], Splits);
            Assert.Contains(row["source"], Sources);
            if (row["source"] == "newsmtsc")
            {
                // Corpus sentences stay in ../shared: the row points at its line and span instead.
                Assert.Equal(string.Empty, row["statement"]);
                Assert.StartsWith("newsmtsc-L", row["id"], StringComparison.Ordinal);
                Assert.True(int.Parse(row["statement_start"], CultureInfo.InvariantCulture) < int.Parse(row["statement_end"], CultureInfo.InvariantCulture), row["id"]);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(row["statement"]), row["id"]);
            }

            Assert.False(string.IsNullOrWhiteSpace(row["stakeholder"]), row["id"]);
            Assert.False(string.IsNullOrWhiteSpace(row["topic"]), row["id"]);
        });
    }

    [Fact]
    public void Ids_are_unique()
    {
        var duplicates = Set.Value.Rows.GroupBy(r => r["id"]).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void No_article_is_in_two_splits_or_has_two_topics()
    {
        foreach (var article in Set.Value.Rows.GroupBy(r => r["article"]))
        {
            Assert.Single(article.Select(r => r["split"]).Distinct());
            Assert.Single(article.Select(r => r["topic"]).Distinct());
        }
    }

    [Fact]
    public void Every_split_has_every_label()
    {
        foreach (var split in Splits)
        {
            var labels = Set.Value.Rows.Where(r => r["split"] == split).Select(r => r["label"]).ToHashSet();
            Assert.Equal(Labels, labels);
        }
    }

    private static (string[] Header, List<Dictionary<string, string>> Rows) Load()
    {
        using var csv = CsvReader.FromFile(Path.Combine(RepositoryRoot(), "data", "stance", "statements.csv"));
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(column => column, csv.GetString));
        }

        return (header, rows);
    }

    // The test binaries run from bin/…; the data file is found beside the solution file.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("NewsNlp.sln not found above " + AppContext.BaseDirectory);
    }
}
