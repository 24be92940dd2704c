using NewsNlp.Documents;
using NewsNlp.Ingestion;

namespace NewsNlp.Tests.Ingestion;

public class LanguageDetectionTests
{
    private static Article Detect(string text)
    {
        var article = new Article("d", "s", "0", text);
        new LanguageDetectionStage().Process(article, CancellationToken.None);
        return article;
    }

    [Fact]
    public void EnglishProseIsEnglishAndAnalysed()
    {
        var article = Detect("The envoy said that the talks would resume on Monday, and that both sides had agreed to the terms of the meeting in Geneva.");
        Assert.Equal(("en", ArticleStatus.Ok), (article.Language, article.Status));
    }

    [Theory]
    [InlineData("Le gouvernement a annoncé mardi que les négociations reprendraient lundi prochain à Genève, selon un communiqué officiel publié par le ministère.", "fr")]
    [InlineData("Die Regierung kündigte am Dienstag an, dass die Verhandlungen am kommenden Montag in Genf wieder aufgenommen werden, teilte das Ministerium mit.", "de")]
    public void OtherLanguagesAreMarkedUnsupported(string text, string code)
    {
        var article = Detect(text);
        Assert.Equal((code, ArticleStatus.UnsupportedLanguage), (article.Language, article.Status));
    }

    [Fact]
    public void TooShortToTellStaysUndeterminedAndIsAnalysed()
    {
        var article = Detect("Row one");
        Assert.Equal((string.Empty, ArticleStatus.Ok), (article.Language, article.Status));
    }
}
