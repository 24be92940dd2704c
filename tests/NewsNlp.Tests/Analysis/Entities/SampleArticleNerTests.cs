using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Sentences;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Analysis.Tokenization;
using NewsNlp.Documents;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Analysis.Entities;

/// <summary>
/// Tokenizer + sentence splitter + tagger + the shipped entity model (models/ner.bin, copied beside the test
/// binaries) on the sample article as it comes, casing noise included (no repair stage).
/// </summary>
public class SampleArticleNerTests
{
    private static readonly Lazy<List<(string Text, string Type)>> Found = new(() =>
    {
        var path = Path.Combine(RepoFiles.Samples, "security-guarantees.txt");
        var article = new Article("sample", "security-guarantees.txt", "0", File.ReadAllText(path));
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        new PosStage().Process(article, CancellationToken.None);
        new NerStage().Process(article, CancellationToken.None);
        Assert.All(article.Mentions, m => Assert.InRange(m.Sentence, 0, article.Sentences.Count - 1));
        return article.Mentions.Select(m => (article.Clean[m.Start..m.End], m.Type)).ToList();
    });

    [Theory]
    [InlineData("Steve Witkoff", "PERSON")]
    [InlineData("Vladimir Putin", "PERSON")]
    [InlineData("Donald Trump", "PERSON")]
    [InlineData("Ursula von der Leyen", "PERSON")]
    [InlineData("Volodymyr Zelenskyy", "PERSON")]
    [InlineData("Marco Rubio", "PERSON")]
    [InlineData("NATO", "ORG")]
    [InlineData("European Union", "ORG")]
    [InlineData("European Commission", "ORG")]
    [InlineData("state Department", "ORG")]
    [InlineData("Russia", "GPE")]
    [InlineData("Ukraine", "GPE")]
    [InlineData("United States", "GPE")]
    [InlineData("Brussels", "GPE")]
    [InlineData("Russian", "NORP")]
    [InlineData("Sunday", "DATE")]
    [InlineData("Monday", "DATE")]
    public void Sample_article_names_are_found(string name, string type)
    {
        Assert.Contains(Found.Value, m => m.Type == type && m.Text.Contains(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("united states", "GPE")]
    [InlineData("ukraine", "GPE")]
    [InlineData("russia", "GPE")]
    [InlineData("witkoff", "PERSON")]
    public void Names_written_in_lower_case_are_found_too(string name, string type)
    {
        Assert.Contains(Found.Value, m => m.Type == type && m.Text == name);
    }
}
