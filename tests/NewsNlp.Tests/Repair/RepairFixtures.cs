using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;
using NewsNlp.Repair;

namespace NewsNlp.Tests.Repair;

/// <summary>Small models and helpers the repair tests share; nothing here reads ../shared.</summary>
internal static class RepairFixtures
{
    /// <summary>Rule-based repairs only (no models).</summary>
    public static RepairStage RulesOnly(RepairOptions? options = null)
        => new(options ?? RepairOptions.Default, RepairModels.None);

    public static Article Repair(RepairStage stage, string raw)
    {
        var article = new Article("test", "test.txt", "0", raw);
        stage.Process(article, CancellationToken.None);
        return article;
    }

    /// <summary>The sample article shipped in data/samples, found from the test binaries upward.</summary>
    public static string SampleArticle()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "data", "samples", "security-guarantees.txt");
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        throw new FileNotFoundException("data/samples/security-guarantees.txt not found above the test binaries.");
    }

    // A tiny cased corpus written for these tests: names, places and common words in varied contexts.
    private static readonly string[] CasedSentences =
    [
        "Russia and Ukraine met in Geneva on Monday.",
        "The talks between Russia and the United States ended late.",
        "Officials in Ukraine said the plan would help.",
        "A spokesman for Russia said the offer was fair.",
        "Leaders from Europe and the United States arrived.",
        "The State Department said the envoy would travel to Europe.",
        "Steve Witkoff met officials in Moscow.",
        "The report from NATO was read by officials in Europe.",
        "Officials said the state of the economy was weak.",
        "The united front of the allies held firm, officials said.",
        "The plan would help the economy, the minister said.",
        "She said the talks would go on in Geneva.",
    ];

    private static readonly string[] WordList = ["Russia", "Ukraine", "Europe", "Geneva", "Moscow", "Steve", "state", "the", "would", "plan"];

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal) { "the", "would", "plan", "state", "officials", "said", "and", "in" };

    private static readonly Lazy<Truecaser> Tiny = new(() => TrainTinyTruecaser(seed: 7).Truecaser);

    public static Truecaser TinyTruecaser => Tiny.Value;

    public static (Truecaser Truecaser, byte[] LexiconBytes, byte[] ModelBytes) TrainTinyTruecaser(int seed)
    {
        var docs = TinyTrainingDocuments();
        var lexicon = TinyLexicon(docs);
        var model = TruecaseTrainer.TrainModel(docs, TinyLexicon, seed, epochs: 4, tableBits: 14, new Dictionary<string, string> { ["name"] = "truecase-test" });
        using var lexiconBytes = new MemoryStream();
        lexicon.Save(lexiconBytes);
        using var modelBytes = new MemoryStream();
        model.Save(modelBytes);
        return (new Truecaser(lexicon, model), lexiconBytes.ToArray(), modelBytes.ToArray());
    }

    /// <summary>The tiny truecaser's training documents: the cased sentences, six times over.</summary>
    public static List<string> TinyTrainingDocuments() => Enumerable.Range(0, 6).SelectMany(_ => CasedSentences).ToList();

    /// <summary>A case lexicon of <paramref name="docs"/> with the fixture's word lists.</summary>
    public static CaseLexicon TinyLexicon(IReadOnlyList<string> docs) => TruecaseTrainer.BuildLexicon(docs, WordList, CommonWords);

    public static SpellingDictionary TinyDictionary()
        => SpellingDictionary.FromFrequencyList(["would 9000", "world 5000", "could 4000", "word 3000", "follow 2000", "the 10000", "if 8000", "consequences 700", "ceasefire 50", "cyber 40", "attacks 900"]);

    public static RepairModels TinyModels() => new(TinyTruecaser, TinyDictionary());
}
