using System.IO.Compression;
using System.Text;

namespace NewsNlp.Repair;

/// <summary>
/// Lower-case English words with corpus frequencies (compiled from the SymSpell frequency list, itself
/// from Google Books n-grams and SCOWL). Immutable once loaded; span lookups allocate nothing.
/// </summary>
public sealed class SpellingDictionary
{
    private const string Magic = "NNLP-SPELLDICT";
    private const int FormatVersion = 1;

    /// <summary>
    /// The share of the most frequent word's count from which a word is common enough to be a correction:
    /// rarer ones ("phyla", "uric") are more often near a jargon or foreign word than the word a typist
    /// meant. Relative, so any list's scale works: about 350,000 Google Books sightings for the shipped list,
    /// where "ephemeral" has 511,000.
    /// </summary>
    public const double CommonWordShareOfTop = 1.5e-5;

    private readonly Dictionary<string, long> _counts;
    private readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly SpanBloomFilter _commonWords;

    public SpellingDictionary(Dictionary<string, long> counts)
    {
        _counts = counts;
        _lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxCount = counts.Count == 0 ? 0 : counts.Values.Max();
        CommonWordMinCount = (long)(MaxCount * CommonWordShareOfTop);
        _commonWords = new SpanBloomFilter(counts.Where(p => p.Value >= CommonWordMinCount).Select(p => p.Key).ToList());
    }

    public int Count => _counts.Count;

    /// <summary>The count of the most frequent word: the list's scale.</summary>
    public long MaxCount { get; }

    /// <summary>All words, for building other lexicons.</summary>
    public IReadOnlySet<string> Words() => _counts.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The word's frequency (lower-case key), 0 when it is not a dictionary word.</summary>
    public long CountOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var count) ? count : 0;

    /// <summary>The least count of a common word (see <see cref="CommonWordShareOfTop"/>).</summary>
    public long CommonWordMinCount { get; }

    /// <summary>
    /// The dictionary's own string for a common word and its frequency (no allocation); false for rarer
    /// words and non-words, most of which a small in-cache filter turns away without a look-up.
    /// </summary>
    public bool TryGetCommonWord(ReadOnlySpan<char> word, out string stored, out long count)
    {
        if (_commonWords.MightContain(word) && _lookup.TryGetValue(word, out var key, out count) && count >= CommonWordMinCount)
        {
            stored = key;
            return true;
        }

        stored = string.Empty;
        count = 0;
        return false;
    }

    /// <summary>Reads "word count" lines; words with other than letters and apostrophes are left out.</summary>
    public static SpellingDictionary FromFrequencyList(IEnumerable<string> lines)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Trim('\uFEFF', ' ').Split(' ');
            if (parts.Length != 2 || !long.TryParse(parts[1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                continue;
            }

            var word = parts[0].ToLowerInvariant();
            if (word.Length > 0 && word.All(c => char.IsLetter(c) || c == '\''))
            {
                counts[word] = counts.GetValueOrDefault(word) + count;
            }
        }

        return new SpellingDictionary(counts);
    }

    public void Save(Stream stream)
    {
        using var w = Models.CompressedModelFile.OpenWriter(stream, Magic, FormatVersion);
        w.Write(_counts.Count);
        foreach (var (word, count) in _counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write7BitEncodedInt64(count);
        }
    }

    public static SpellingDictionary Load(Stream stream)
    {
        using var r = Models.CompressedModelFile.OpenReader(stream, Magic, FormatVersion, "spelling dictionary");

        var n = r.ReadInt32();
        var counts = new Dictionary<string, long>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            counts[r.ReadString()] = r.Read7BitEncodedInt64();
        }

        return new SpellingDictionary(counts);
    }
}
