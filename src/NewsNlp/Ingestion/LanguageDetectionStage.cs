using Lingua;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Ingestion;

/// <summary>
/// Detects the article's language and marks non-English articles unsupported_language so the analysis
/// stages skip them. Clearly English text is recognised by its function words; anything else goes to Lingua.
/// Lingua is slow (tens of ms per call on a loaded 2-core machine), so one detector is built lazily, in low
/// accuracy mode (fine above ~120 characters) over a limited set of common news languages, and shared by all
/// threads (detection keeps no per-call state on the detector; its lazily loaded models sit in a concurrent
/// dictionary, so concurrent calls are safe).
/// </summary>
public sealed class LanguageDetectionStage : IStage
{
    // Enough text for a confident guess; longer texts only cost time.
    private const int SampleChars = 1000;
    private const int LinguaChars = 400;
    private const int MinimumWords = 12;

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
        var (words, english) = EnglishFunctionWords.Count(sample);
        if (EnglishFunctionWords.ClearlyEnglish(words, english))
        {
            article.Language = "en";
            return;
        }

        if (words < MinimumWords)
        {
            // Too short to tell ("Row one"): language stays undetermined and the article is analysed.
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
