namespace NewsNlp.Training;

/// <summary>Where the UD-format corpora sit under the corpora folder, per split ("train", "dev", "test").</summary>
public static class UdCorpora
{
    public static string Ewt(string split) => Path.Combine("UD_English-EWT", $"en_ewt-ud-{split}.conllu");

    public static string GumNews(string split) => Path.Combine("GUM_news", $"gum_news-{split}.conllu");

    /// <summary>Reads a corpus file, failing with <see cref="CorpusMissingException"/> when it is absent.</summary>
    public static List<ConlluSentence> Read(string corporaRoot, string relativePath) =>
        ConlluReader.Read(CorpusLocator.RequireFile(corporaRoot, relativePath)).ToList();
}
