using Lingua;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Ingestion;

/// <summary>
/// Detects the article's language and marks non-English articles unsupported_language so the analysis
/// stages skip them. Clearly English text is recognised by its function words; anything else goes to Lingua.
/// Lingua is slow (tens of ms per call on a loaded 2-core machine), so one detector is built lazily, in low
/// accuracy mode (fine above ~120 characters) over a limited set of common news languages, and shared by all
/// threads (its models are loaded once and read-only afterwards).
/// </summary>
public sealed class LanguageDetectionStage : IStage
{
    // Enough text for a confident guess; longer texts only cost time.
    private const int SampleChars = 1000;
    private const int LinguaChars = 400;

    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetectorBuilder
        .FromLanguages(
            Language.English, Language.French, Language.German, Language.Spanish, Language.Portuguese, Language.Italian,
            Language.Dutch, Language.Russian, Language.Ukrainian, Language.Polish, Language.Turkish, Language.Arabic,
            Language.Chinese, Language.Japanese, Language.Korean, Language.Swedish, Language.Danish, Language.Indonesian,
            Language.Hindi, Language.Persian)
        .WithLowAccuracyMode()
        .Build());

    public string Name => "language";

    public Layer Requires => Layer.Raw;

    public Layer Provides => Layer.None;

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Clean;
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleChars));
        if (EnglishFunctionWords.ClearlyEnglish(sample))
        {
            article.Language = "en";
            return;
        }

        var language = Detector.Value.DetectLanguageOf(sample[..Math.Min(sample.Length, LinguaChars)].ToString());
        if (language == Language.Unknown)
        {
            return;
        }

        article.Language = language.IsoCode6391().ToString().ToLowerInvariant();
        if (language != Language.English)
        {
            article.Status = ArticleStatus.UnsupportedLanguage;
        }
    }
}
