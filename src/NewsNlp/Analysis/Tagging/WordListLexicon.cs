using NewsNlp.Analysis.Clusters;
using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// Knowledge about words beyond the tagged training data, from open word lists: how a word is cased
/// in a dictionary (lower case only, capitalised only — a proper name —, or both) and how frequent it
/// is in books (a coarse log bucket), and, when the model was trained with them, the word's cluster path
/// (<see cref="WordClusters"/>). It tells the tagger that an unseen capitalised word is probably a
/// name and that a capitalised common word at a sentence start is probably not. Keys are lower case;
/// lookups take spans, and one lookup answers both the code and the cluster.
/// </summary>
public sealed class WordListLexicon
{
    private const byte LowerCase = 1;
    private const byte Capitalised = 2;

    private readonly Dictionary<string, byte> _codes;
    private readonly IReadOnlyDictionary<string, ushort> _clusters;
    private readonly FormTable<WordFacts> _lookup;

    // Keys are lower case (invariant); callers lower-case the word once.
    private WordListLexicon(Dictionary<string, byte> codes, IReadOnlyDictionary<string, ushort> clusters)
    {
        _codes = codes;
        _clusters = clusters;

        // One table for both: every listed word with its cluster, then the clustered words the lists lack.
        var facts = new List<KeyValuePair<string, WordFacts>>(codes.Count + clusters.Count);
        foreach (var (word, code) in codes)
        {
            facts.Add(KeyValuePair.Create(word, new WordFacts(code, clusters.GetValueOrDefault(word))));
        }

        foreach (var (word, path) in clusters)
        {
            if (!codes.ContainsKey(word))
            {
                facts.Add(KeyValuePair.Create(word, new WordFacts(0, path)));
            }
        }

        _lookup = new FormTable<WordFacts>(facts);
    }

    /// <summary>A lexicon that knows no word (for models trained without the word lists).</summary>
    public static WordListLexicon Empty { get; } = new(new Dictionary<string, byte>(StringComparer.Ordinal), WordClusters.Empty.Paths);

    /// <summary>What the lexicon knows of a word: its casing/frequency code and its cluster path (each 0 when unknown).</summary>
    public readonly record struct WordFacts(byte Code, ushort Cluster);

    /// <summary>The longest word <see cref="Facts"/> looks up.</summary>
    public const int MaxWordLength = 64;

    public int Count => _codes.Count;

    /// <summary>How many words have a cluster path.</summary>
    public int ClusterCount => _clusters.Count;

    /// <summary>The code of a lower-cased word: casing bits (1 lower, 2 capitalised) plus the frequency bucket × 4; 0 when unknown.</summary>
    public byte CodeOfLowerCase(ReadOnlySpan<char> lowerCaseWord) => FactsOfLowerCase(lowerCaseWord).Code;

    /// <summary>The code and cluster of a lower-cased word.</summary>
    public WordFacts FactsOfLowerCase(ReadOnlySpan<char> lowerCaseWord) => _lookup.TryGetValue(lowerCaseWord, out var facts) ? facts : default;

    /// <summary>The key of a lower-cased word, for <see cref="PrefetchKey"/> and <see cref="FactsOfKey"/>: the word is hashed once for both.</summary>
    public static ulong KeyOfLowerCase(ReadOnlySpan<char> lowerCaseWord) => FormTable<WordFacts>.KeyOf(lowerCaseWord);

    /// <summary>Starts loading what <see cref="FactsOfKey"/> will read, so that a sentence's look-ups overlap.</summary>
    public void PrefetchKey(ulong key) => _lookup.Prefetch(key);

    /// <summary><see cref="FactsOfLowerCase"/> of the word whose <see cref="KeyOfLowerCase"/> is <paramref name="key"/>.</summary>
    public WordFacts FactsOfKey(ulong key) => _lookup.TryGetValue(key, out var facts) ? facts : default;

    /// <summary>The code of a word in any casing (lower-cased on the stack; words over 64 chars are unknown).</summary>
    public byte Code(ReadOnlySpan<char> word) => Facts(word).Code;

    /// <summary>The code and cluster of a word in any casing (lower-cased on the stack; longer words than <see cref="MaxWordLength"/> are unknown).</summary>
    public WordFacts Facts(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return default;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return FactsOfLowerCase(lower);
    }

    /// <summary>True when the word lists have the word (any casing given) in lower case only: a plain word, no proper name.</summary>
    public bool IsLowerCaseOnly(ReadOnlySpan<char> word) => (Code(word) & (LowerCase | Capitalised)) == LowerCase;

    /// <summary>This word list with <paramref name="clusters"/>' paths attached to the words.</summary>
    public WordListLexicon WithClusters(WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        return new WordListLexicon(_codes, clusters.Paths);
    }

    /// <summary>
    /// Builds the codes from a cased word list (one word a line) and a frequency list ("word count" lines,
    /// lower case). Either may be empty.
    /// </summary>
    public static WordListLexicon Build(IEnumerable<string> casedWords, IEnumerable<(string Word, long Count)> frequencies)
    {
        ArgumentNullException.ThrowIfNull(casedWords);
        ArgumentNullException.ThrowIfNull(frequencies);
        var codes = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var word in casedWords)
        {
            if (word.Length == 0)
            {
                continue;
            }

            var key = word.ToLowerInvariant();
            codes[key] = (byte)(codes.GetValueOrDefault(key) | (char.IsUpper(word[0]) ? Capitalised : LowerCase));
        }

        foreach (var (word, count) in frequencies)
        {
            if (count > 0)
            {
                var bucket = Math.Clamp(((int)Math.Log2(count) - 10) / 2, 1, 63);
                var key = word.ToLowerInvariant();
                codes[key] = (byte)((codes.GetValueOrDefault(key) & 3) | (bucket << 2));
            }
        }

        return new WordListLexicon(codes, WordClusters.Empty.Paths);
    }

    /// <summary>Writes the codes, then the cluster paths when <paramref name="withClusters"/> (a model format that keeps them).</summary>
    public void Write(BinaryWriter writer, bool withClusters)
    {
        WordCodes<byte>.WriteEntries(writer, _codes, static (w, code) => w.Write(code));
        if (withClusters)
        {
            WordClusters.WritePaths(writer, _clusters);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote with the same <paramref name="withClusters"/>.</summary>
    public static WordListLexicon Read(BinaryReader reader, bool withClusters)
    {
        var codes = WordCodes<byte>.ReadEntries(reader, static r => r.ReadByte());
        var clusters = withClusters ? WordClusters.ReadPaths(reader) : WordClusters.Empty.Paths;
        return new WordListLexicon(codes, clusters);
    }
}
