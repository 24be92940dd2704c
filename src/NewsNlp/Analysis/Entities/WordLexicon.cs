using System.IO.Compression;
using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// What English word lists say about a word, whatever its casing in the text: whether dictionaries
/// spell it capitalised (a proper noun: "Picasso", "Punjab"), in lower case, or both, and how frequent
/// it is (a decimal order of magnitude). This is how the recogniser knows that "putin" in a lowercased
/// sentence is a name and "trust" is not. Keyed by the hash of the lower-cased word; saved as sorted
/// (hash, class) pairs, deflated, so the bytes depend only on the lists.
/// </summary>
public sealed class WordLexicon
{
    public const byte Capitalised = 1;
    public const byte Lowercase = 2;

    private const string Magic = "NNLP-LEXICON";

    private readonly Dictionary<uint, byte> _classes;

    private WordLexicon(Dictionary<uint, byte> classes) => _classes = classes;

    public static WordLexicon Empty { get; } = new([]);

    public int Count => _classes.Count;

    /// <summary>Casing bits (<see cref="Capitalised"/>, <see cref="Lowercase"/>) and frequency order in bits 2–5; 0 if unknown.</summary>
    public byte ClassOf(ReadOnlySpan<char> word) => _classes.TryGetValue(Key(word), out var c) ? c : (byte)0;

    /// <summary>
    /// Builds the lexicon from a cased word list (one word a line, proper nouns capitalised) and a
    /// frequency list ("word count" lines).
    /// </summary>
    public static WordLexicon Build(IEnumerable<string> casedWords, IEnumerable<(string Word, long Count)> frequencies)
    {
        var classes = new Dictionary<uint, byte>();
        foreach (var word in casedWords)
        {
            if (word.Length == 0 || word.Contains('\'', StringComparison.Ordinal))
            {
                continue;
            }

            var key = Key(word);
            classes[key] = (byte)(classes.GetValueOrDefault(key) | (char.IsUpper(word[0]) ? Capitalised : Lowercase));
        }

        foreach (var (word, count) in frequencies)
        {
            var order = (int)Math.Clamp(Math.Floor(Math.Log10(Math.Max(1, count))), 0, 15);
            var key = Key(word);
            classes[key] = (byte)((classes.GetValueOrDefault(key) & 3) | (order << 2));
        }

        return new WordLexicon(classes);
    }

    public void Save(Stream stream)
    {
        using var deflate = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(deflate);
        w.Write(Magic);
        w.Write(_classes.Count);
        var previous = 0u;
        foreach (var (key, value) in _classes.OrderBy(p => p.Key))
        {
            w.Write7BitEncodedInt((int)(key - previous));
            w.Write(value);
            previous = key;
        }
    }

    public static WordLexicon Load(Stream stream)
    {
        using var inflate = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(inflate, 1 << 16);
        using var r = new BinaryReader(buffered);
        if (r.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a NewsNlp word lexicon.");
        }

        var count = r.ReadInt32();
        var classes = new Dictionary<uint, byte>(count);
        var key = 0u;
        for (var i = 0; i < count; i++)
        {
            key += (uint)r.Read7BitEncodedInt();
            classes[key] = r.ReadByte();
        }

        return new WordLexicon(classes);
    }

    private static uint Key(ReadOnlySpan<char> word) => FeatureHash.Start(0x1E7).AddLower(word);
}
