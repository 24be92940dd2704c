using NewsNlp.Documents;
using System.IO.Compression;
using System.Text;
using NewsNlp.Models;

namespace NewsNlp.Repair;

/// <summary>Case statistics of one word (lower-cased key): how often each form was seen mid-sentence.</summary>
public sealed class CaseEntry
{
    public int Lower { get; set; }

    public int Title { get; set; }

    public int Upper { get; set; }

    public int Mixed { get; set; }

    /// <summary>The most frequent mixed form ("iPhone", "McDonald"), or empty.</summary>
    public string MixedForm { get; set; } = string.Empty;

    /// <summary>Listed with a capital in the proper-noun word list (e.g. "Putin"), and not in lower case.</summary>
    public bool ProperNoun { get; set; }

    /// <summary>Listed in lower case in the word list: an ordinary English word.</summary>
    public bool CommonWord { get; set; }

    /// <summary>
    /// Sightings one space after a capitalised word of the same sentence, and how many of them capitalised:
    /// a head noun of names ("General Assembly", "Hofstra University") against one that follows a name as
    /// an ordinary word ("the Trump administration").
    /// </summary>
    public BigramCounts AfterCapitalised { get; set; }

    /// <summary>
    /// Sightings one space before a capitalised word of the same sentence, and how many of them
    /// capitalised: a modifier inside names ("East Room") against one before a name ("black Americans").
    /// </summary>
    public BigramCounts BeforeCapitalised { get; set; }

    public int Total => Lower + Title + Upper + Mixed;

    public int NotLower => Title + Upper + Mixed;
}

/// <summary>How often a word pair was seen with both words capitalised, and in all.</summary>
public readonly record struct BigramCounts(int Capitalised, int Total);

/// <summary>
/// Corpus-derived case statistics plus a proper-noun lexicon, keyed by the lower-cased word (possessive
/// "’s" removed, curly apostrophes straightened). Immutable once loaded; lookups take spans, so scanning
/// the text allocates nothing.
/// </summary>
public sealed class CaseLexicon
{
    private const string Magic = "NNLP-CASELEX";
    private const int FormatVersion = 3;
    /// <summary>The longest key looked up; longer words are not in the lexicon.</summary>
    public const int MaxKey = 64;

    /// <summary>A title bigram counts only when written capitalised this many times.</summary>
    public const int MinBigramCapitalised = 3;

    private readonly Dictionary<string, CaseEntry> _entries;
    private readonly Dictionary<string, BigramCounts> _bigrams;

    // Look-ups go through tables keyed by the 64-bit hash of the key, computed while folding the word's
    // case, so no key is ever copied and a look-up touches one slot (every lower-case word of every
    // article is looked up; a collision with a word not in the lexicon is a one-in-2^64 chance).
    private readonly CaseEntry[] _entryList;
    private readonly HashKeyTable<int> _entryIndex;
    private readonly HashKeyTable<BigramCounts> _bigramIndex;

    public CaseLexicon(Dictionary<string, CaseEntry> entries, Dictionary<string, BigramCounts>? titleBigrams = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = entries;
        _bigrams = titleBigrams ?? new Dictionary<string, BigramCounts>(StringComparer.Ordinal);
        var pairs = entries.ToArray();
        _entryList = [.. pairs.Select(p => p.Value)];
        _entryIndex = new HashKeyTable<int>(pairs.Select((p, i) => (Fnv1a.Of(p.Key), i)), pairs.Length);
        _bigramIndex = new HashKeyTable<BigramCounts>(_bigrams.Select(p => (Fnv1a.Of(p.Key), p.Value)), _bigrams.Count);
    }

    public int Count => _entries.Count;

    /// <summary>Word pairs seen with both words capitalised ("white house" as "White House"): key "first second".</summary>
    public int BigramCount => _bigrams.Count;

    /// <summary>
    /// The share of sightings of the pair <paramref name="first"/> <paramref name="second"/> with both words
    /// capitalised ("White House", "State Department"), or 0 when seen capitalised fewer than
    /// <paramref name="minCapitalised"/> times (at least <see cref="MinBigramCapitalised"/>).
    /// </summary>
    public double TitleBigramShare(ReadOnlySpan<char> first, ReadOnlySpan<char> second, int minCapitalised = MinBigramCapitalised)
    {
        if (_bigrams.Count == 0)
        {
            return 0;
        }

        first = Possessive.Strip(first);
        second = Possessive.Strip(second);
        if (first.IsEmpty || second.IsEmpty || first.Length > MaxKey || second.Length > MaxKey)
        {
            return 0;
        }

        // The hash of "first second", keys folded as they are hashed.
        var hash = KeyHash(second, Fnv1a.Add(KeyHash(first, Fnv1a.Offset), ' '));
        return _bigramIndex.TryGetValue(hash, out var counts) && counts.Capitalised >= minCapitalised
            ? (double)counts.Capitalised / counts.Total
            : 0;
    }

    public IReadOnlyDictionary<string, CaseEntry> Entries => _entries;

    /// <summary>Writes the lexicon key of <paramref name="word"/> into <paramref name="buffer"/> and returns its length (0 when too long).</summary>
    public static int Key(ReadOnlySpan<char> word, Span<char> buffer)
    {
        word = Possessive.Strip(word);

        if (word.Length > buffer.Length)
        {
            return 0;
        }

        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = KeyChar(word[i]);
        }

        return word.Length;
    }

    // A character of the key: lower case, apostrophes straight.
    private static char KeyChar(char c)
        => c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : c == '’' ? '\'' : char.ToLowerInvariant(c);

    /// <summary>
    /// A 64-bit hash of the lexicon key of <paramref name="word"/> (as <see cref="Key"/> writes it), or 0
    /// when it has no key: for counting words by key without making key strings.
    /// </summary>
    public static ulong KeyHashOf(ReadOnlySpan<char> word)
    {
        var bare = Possessive.Strip(word);
        return bare.IsEmpty || bare.Length > MaxKey ? 0 : KeyHash(bare, Fnv1a.Offset);
    }

    // The hash of the key of a word (without its possessive), continuing from hash.
    private static ulong KeyHash(ReadOnlySpan<char> word, ulong hash)
    {
        foreach (var c in word)
        {
            hash = Fnv1a.Add(hash, KeyChar(c));
        }

        return hash;
    }

    public CaseEntry? Find(ReadOnlySpan<char> word)
    {
        var hash = KeyHashOf(word);
        return hash != 0 && _entryIndex.TryGetValue(hash, out var index) ? _entryList[index] : null;
    }

    public void Save(Stream stream)
    {
        using var w = Models.CompressedModelFile.OpenWriter(stream, Magic, FormatVersion);
        w.Write(_entries.Count);
        foreach (var (key, e) in _entries.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(key);
            w.Write7BitEncodedInt(e.Lower);
            w.Write7BitEncodedInt(e.Title);
            w.Write7BitEncodedInt(e.Upper);
            w.Write7BitEncodedInt(e.Mixed);
            w.Write(e.MixedForm);
            w.Write((byte)((e.ProperNoun ? 1 : 0) | (e.CommonWord ? 2 : 0)));
            Write(w, e.AfterCapitalised);
            Write(w, e.BeforeCapitalised);
        }

        w.Write(_bigrams.Count);
        foreach (var (key, counts) in _bigrams.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(key);
            Write(w, counts);
        }
    }

    private static void Write(BinaryWriter w, BigramCounts counts)
    {
        w.Write7BitEncodedInt(counts.Capitalised);
        w.Write7BitEncodedInt(counts.Total);
    }

    private static BigramCounts ReadCounts(BinaryReader r) => new(r.Read7BitEncodedInt(), r.Read7BitEncodedInt());

    public static CaseLexicon Load(Stream stream)
    {
        using var r = Models.CompressedModelFile.OpenReader(stream, Magic, FormatVersion, "case lexicon");

        var count = r.ReadInt32();
        var entries = new Dictionary<string, CaseEntry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = r.ReadString();
            var entry = new CaseEntry
            {
                Lower = r.Read7BitEncodedInt(),
                Title = r.Read7BitEncodedInt(),
                Upper = r.Read7BitEncodedInt(),
                Mixed = r.Read7BitEncodedInt(),
                MixedForm = r.ReadString(),
            };
            var flags = r.ReadByte();
            entry.ProperNoun = (flags & 1) != 0;
            entry.CommonWord = (flags & 2) != 0;
            entry.AfterCapitalised = ReadCounts(r);
            entry.BeforeCapitalised = ReadCounts(r);
            entries[key] = entry;
        }

        var bigramCount = r.ReadInt32();
        var bigrams = new Dictionary<string, BigramCounts>(bigramCount, StringComparer.Ordinal);
        for (var i = 0; i < bigramCount; i++)
        {
            var key = r.ReadString();
            bigrams[key] = ReadCounts(r);
        }

        return new CaseLexicon(entries, bigrams);
    }
}
