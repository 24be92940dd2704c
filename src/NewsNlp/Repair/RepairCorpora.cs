using System.Text.Json;
using NewsNlp.Training;

namespace NewsNlp.Repair;

/// <summary>
/// The corpus texts the repair models train and evaluate on, found under the shared corpora folder:
/// cased documents for the truecaser (UD EWT, GUM news, NewsMTSC sentences), the word lists, and the
/// held-out documents for evaluation. Only commands use this; unit tests write their own fixtures.
/// </summary>
public static class RepairCorpora
{
    public const string EwtTrain = "UD_English-EWT/en_ewt-ud-train.conllu";
    public const string EwtTest = "UD_English-EWT/en_ewt-ud-test.conllu";
    public const string GumTrain = "GUM_news/gum_news-train.conllu";
    public const string GumTest = "GUM_news/gum_news-test.conllu";
    public const string EwtDev = "UD_English-EWT/en_ewt-ud-dev.conllu";
    public const string GumDev = "GUM_news/gum_news-dev.conllu";
    public const string NewsMtscTrain = "stance/newsmtsc/original/train.jsonl";
    public const string NewsMtscTest = "stance/newsmtsc/flat/test_rw.jsonl";
    public const string NewsMtscDev = "stance/newsmtsc/flat/dev_rw.jsonl";
    public const string WordList = "wordfreq/wamerican-2020.12.07-american-english.txt";
    public const string FrequencyList = "wordfreq/symspell_frequency_dictionary_en_82_765.txt";

    /// <summary>The truecaser's training documents, in a fixed order.</summary>
    public static List<string> TruecaseTraining(string root)
    {
        var docs = new List<string>();
        docs.AddRange(ConlluDocuments(root, EwtTrain).Select(d => d.Text));
        docs.AddRange(ConlluDocuments(root, GumTrain).Select(d => d.Text));
        docs.AddRange(JsonSentences(root, NewsMtscTrain, "sentence_normalized"));
        return docs;
    }

    /// <summary>Documents of a CoNLL-U file with their sentences (for token-level scoring).</summary>
    public static List<(string DocId, string Text, IReadOnlyList<(ConlluSentence Sentence, int Start)> Sentences)> ConlluDocuments(string root, string relativePath)
        => ConlluReader.Documents(ConlluReader.Read(CorpusLocator.RequireFile(root, relativePath))).ToList();

    /// <summary>Distinct sentences of a JSONL file's string field, in file order.</summary>
    public static List<string> JsonSentences(string root, string relativePath, string field)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in File.ReadLines(CorpusLocator.RequireFile(root, relativePath)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty(field, out var value) && value.GetString() is { Length: > 0 } sentence && seen.Add(sentence))
            {
                result.Add(sentence);
            }
        }

        return result;
    }

    public static IEnumerable<string> Lines(string root, string relativePath) => File.ReadLines(CorpusLocator.RequireFile(root, relativePath));
}
