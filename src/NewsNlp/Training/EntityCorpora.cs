using NewsNlp.Analysis.Tagging;

namespace NewsNlp.Training;

/// <summary>
/// The named-entity corpora in the shared folder: Universal NER on EWT (PER/ORG/LOC, IOB2) and GUM
/// news with its entities converted by <see cref="GumEntityReader"/>. Both use the PER/ORG/LOC label set.
/// </summary>
public static class EntityCorpora
{
    public const string UnerEwt = "UNER EWT";
    public const string GumNews = "GUM news";

    /// <summary>The sentences of one split ("train", "dev", "test") of both corpora, by corpus name.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<EntitySentence> Sentences)> Load(string root, string split)
    {
        var unerFile = split == "train" ? "en_ewt-ud-train.EARLY-0c7ce0d.PER-ORG-LOC.iob2" : $"en_ewt-ud-{split}.iob2";
        var uner = CorpusLocator.RequireFile(root, Path.Combine("UNER_English-EWT", unerFile));
        var gum = CorpusLocator.RequireFile(root, Path.Combine("GUM_news", $"gum_news-{split}.conllu"));
        return
        [
            (UnerEwt, Iob2Reader.Read(uner).ToArray()),
            (GumNews, GumEntityReader.Read(gum).ToArray()),
        ];
    }

    /// <summary>The recogniser's word lexicon from the shared word lists (cased SCOWL list, SymSpell counts).</summary>
    public static WordListLexicon LoadLexicon(string root) =>
        WordListLexicon.Build(File.ReadLines(CorpusLocator.RequireFile(root, UdCorpora.CasedWordList)), UdCorpora.ReadFrequencies(root));
}
