using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Output;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Output;

public class DocumentsWriterTests
{
    [Fact]
    public void EachArticleIsOneLineWithItsTextTablesAndRows()
    {
        using var dir = new TempDirectory();
        var article = new Article("d1", "a.txt", "0", "Rubio said “no” | x") { Title = "T", Url = "https://x.test" };
        article.Tables.Add(new Table(14, 19, ["Key", "Value"], [["a", "b"]]));
        article.Entities.Add(new Entity { Id = 3, Name = "Marco Rubio", Type = EntityTypes.Person, Mentions = 1 });
        article.Quotes.Add(new Quote { Id = 0, Kind = QuoteKind.Direct, Content = new TextSpan(12, 14), SpeakerEntityId = 3, Confidence = 0.9 });
        using (var writer = new DocumentsWriter(dir.Path))
        {
            writer.Write(article, ArticleRows.Build(article, Layer.Entities | Layer.Quotes));
            writer.Write(article, ArticleRows.Build(article, Layer.None));
            writer.Commit();
        }

        var lines = File.ReadAllText(dir.File(OutputSchema.DocumentsFile)).Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Empty, lines[2]);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("Rubio said “no” | x", first.GetProperty("text").GetString());
        Assert.Contains("“no”", lines[0], StringComparison.Ordinal);
        Assert.Equal("Value", first.GetProperty("tables")[0].GetProperty("header")[1].GetString());
        Assert.Equal(1, first.GetProperty("counts").GetProperty("quotes").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("counts").GetProperty("sentences").ValueKind);
        var quote = first.GetProperty("quotes")[0];
        Assert.Equal(("direct", "no", 3), (quote.GetProperty("kind").GetString(), quote.GetProperty("text").GetString(), quote.GetProperty("speaker_entity_id").GetInt32()));
        Assert.False(quote.TryGetProperty("doc_id", out _));
        Assert.Equal("Marco Rubio", first.GetProperty("entities")[0].GetProperty("name").GetString());
        var second = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal(JsonValueKind.Null, second.GetProperty("counts").GetProperty("quotes").ValueKind);

        // No key appears twice in an object.
        var keys = first.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
