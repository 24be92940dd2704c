using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// A saved list of lower-cased words with a small code each, as the taggers' word lexicons keep them:
/// the dictionary is what is written to a model file (in ordinal order, so the bytes depend only on the
/// content), the flat <see cref="FormTable{TValue}"/> is what the per-token hot path reads.
/// </summary>
internal sealed class WordCodes<TCode>
    where TCode : unmanaged
{
    private readonly Dictionary<string, TCode> _entries;
    private readonly FormTable<TCode> _lookup;

    public WordCodes(Dictionary<string, TCode> entries)
    {
        _entries = entries;
        _lookup = new FormTable<TCode>(entries);
    }

    public int Count => _entries.Count;

    /// <summary>The code of a lower-cased word; default (0) when unknown.</summary>
    public TCode Find(ReadOnlySpan<char> lowerCaseWord) => _lookup.TryGetValue(lowerCaseWord, out var code) ? code : default;

    public void Write(BinaryWriter writer, Action<BinaryWriter, TCode> writeCode) => WriteEntries(writer, _entries, writeCode);

    public static WordCodes<TCode> Read(BinaryReader reader, Func<BinaryReader, TCode> readCode) => new(ReadEntries(reader, readCode));

    /// <summary>Writes the count, then each word and its code in ordinal order of the words.</summary>
    public static void WriteEntries(BinaryWriter writer, IReadOnlyDictionary<string, TCode> entries, Action<BinaryWriter, TCode> writeCode)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        writer.Write(entries.Count);
        var words = entries.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        foreach (var word in words)
        {
            writer.Write(word);
            writeCode(writer, entries[word]);
        }
    }

    /// <summary>Reads what <see cref="WriteEntries"/> wrote.</summary>
    public static Dictionary<string, TCode> ReadEntries(BinaryReader reader, Func<BinaryReader, TCode> readCode)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var codes = new Dictionary<string, TCode>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadString();
            codes[word] = readCode(reader);
        }

        return codes;
    }
}
