namespace NewsNlp.Training;

/// <summary>Where the UD-format corpora (per split: "train", "dev", "test") and the word lists sit under the corpora folder.</summary>
public static class UdCorpora
{
    public static string Ewt(string split) => Path.Combine("UD_English-EWT", $"en_ewt-ud-{split}.conllu");

    public static string GumNews(string split) => Path.Combine("GUM_news", $"gum_news-{split}.conllu");

    public static string CasedWordList => Path.Combine("wordfreq", "wamerican-2020.12.07-american-english.txt");

    public static string WordFrequencies => Path.Combine("wordfreq", "symspell_frequency_dictionary_en_82_765.txt");

    /// <summary>Reads the "word count" lines of the frequency list.</summary>
    public static IEnumerable<(string Word, long Count)> ReadFrequencies(string corporaRoot)
    {
        foreach (var line in File.ReadLines(CorpusLocator.RequireFile(corporaRoot, WordFrequencies)))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && long.TryParse(line.AsSpan(space + 1), System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                yield return (line[..space].Trim('\uFEFF'), count);
            }
        }
    }

    /// <summary>Fails with <see cref="CorpusMissingException"/> unless both EWT and GUM news have the split, before any output.</summary>
    public static void RequireTestSets(string corporaRoot, string split)
    {
        CorpusLocator.RequireFile(corporaRoot, Ewt(split));
        CorpusLocator.RequireFile(corporaRoot, GumNews(split));
    }

    /// <summary>Reads a corpus file, failing with <see cref="CorpusMissingException"/> when it is absent.</summary>
    public static List<ConlluSentence> Read(string corporaRoot, string relativePath) =>
        ConlluReader.Read(CorpusLocator.RequireFile(corporaRoot, relativePath)).ToList();
}
