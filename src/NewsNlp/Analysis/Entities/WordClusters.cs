using NewsNlp.Analysis.Perceptron;
using NewsNlp.Models;
using NewsNlp.Output;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// Lower-cased words grouped into clusters of similar meaning (see <see cref="WordClusterTrainer"/>), so
/// the recogniser can generalise from "Futures", "Partners" or "Miramar" seen in training to words of the
/// same cluster it never saw. Keyed by the recogniser's lower-case word hash, which it has already
/// computed for every token: a look-up costs one probe of a flat table. Immutable; one shared instance.
/// </summary>
public sealed class WordClusters
{
    public const string ModelFile = "word-clusters.bin";

    private const string Magic = "NNLP-CLUSTERS";
    private const int FormatVersion = 1;

    private static readonly Lazy<WordClusters> SharedInstance = new(() => Load(ModelLocator.PathOf(ModelFile)));

    private readonly string[][] _members;
    private readonly HashKeyTable<ushort> _byWord;

    /// <summary><paramref name="members"/>[c] holds the lower-case words of cluster c.</summary>
    public WordClusters(IReadOnlyList<IReadOnlyList<string>> members, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count >= ushort.MaxValue)
        {
            throw new ArgumentException("Too many clusters.", nameof(members));
        }

        _members = members.Select(m => m.Order(StringComparer.Ordinal).ToArray()).ToArray();
        Metadata = new Dictionary<string, string>(metadata, StringComparer.Ordinal);
        var entries = _members.SelectMany((words, c) => words.Select(w => ((ulong)KeyOf(w), (ushort)(c + 1))));
        _byWord = new HashKeyTable<ushort>(entries, _members.Sum(m => m.Length));
        Fingerprint = ComputeFingerprint(_members);
    }

    /// <summary>The clusters in models/word-clusters.bin, loaded once per process on first use.</summary>
    public static WordClusters Shared => SharedInstance.Value;

    public int Count => _members.Length;

    public int WordCount => _members.Sum(m => m.Length);

    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>A hash of the words and their clusters: a recogniser records it and refuses other clusters.</summary>
    public string Fingerprint { get; }

    /// <summary>The cluster (1-based) of the word whose recogniser lower-case hash this is; 0 when unknown.</summary>
    public int ClusterOf(uint lowerHash) => _byWord.TryGetValue(lowerHash, out var c) ? c : 0;

    /// <summary>The cluster (1-based) of a lower-case word; 0 when unknown.</summary>
    public int ClusterOf(string lowerWord) => ClusterOf(KeyOf(lowerWord));

    public IReadOnlyList<string> Members(int cluster) => _members[cluster - 1];

    /// <summary>The key of a lower-case word: the hash <see cref="SentenceView"/> computes for every token.</summary>
    internal static uint KeyOf(ReadOnlySpan<char> lowerWord) => FeatureHash.Start(NerTemplates.Lower).Add(lowerWord);

    public static WordClusters Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Word clusters not found: {path}. Build them with `newsnlp train word-clusters --seed N`.", path);
        }

        using var file = File.OpenRead(path);
        using var r = CompressedModelFile.OpenReader(file, Magic, FormatVersion, "word-cluster file");
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            metadata[r.ReadString()] = r.ReadString();
        }

        var members = new string[r.ReadInt32()][];
        for (var c = 0; c < members.Length; c++)
        {
            members[c] = new string[r.ReadInt32()];
            for (var k = 0; k < members[c].Length; k++)
            {
                members[c][k] = r.ReadString();
            }
        }

        return new WordClusters(members, metadata);
    }

    public void Save(string path)
    {
        using var file = new AtomicFile(path);
        using (var w = CompressedModelFile.OpenWriter(file.Stream, Magic, FormatVersion))
        {
            w.Write(Metadata.Count);
            foreach (var (key, value) in Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.Write(key);
                w.Write(value);
            }

            w.Write(_members.Length);
            foreach (var words in _members)
            {
                w.Write(words.Length);
                foreach (var word in words)
                {
                    w.Write(word);
                }
            }
        }

        file.Commit();
    }

    private static string ComputeFingerprint(string[][] members)
    {
        var hash = Fnv1a.Offset;
        for (var c = 0; c < members.Length; c++)
        {
            foreach (var word in members[c])
            {
                hash = Fnv1a.Add(Fnv1a.Add(hash, Fnv1a.Of(word)), (ulong)c);
            }
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
