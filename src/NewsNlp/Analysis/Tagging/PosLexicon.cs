using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// What training taught about known word forms: the set of tags each form takes (its ambiguity class,
/// a strong feature that also tells the tagger about the words to its right), and for frequent forms
/// that (almost) always take one tag, that tag, which the tagger then uses without scoring.
/// Keys are exact forms; lookups take spans, so tagging allocates nothing.
/// </summary>
public sealed class PosLexicon
{
    private readonly Dictionary<string, Entry> _entries;
    private readonly FormTable<Entry> _lookup;

    // The dictionary is what is saved; the flat table is what tagging reads for every token. Each form
    // gets its 1-based position in ordinal order as an id, so the id depends only on the content.
    private PosLexicon(Dictionary<string, Entry> entries)
    {
        _entries = entries;
        var forms = entries.Keys.ToArray();
        Array.Sort(forms, StringComparer.Ordinal);
        Forms = forms;
        _lookup = new FormTable<Entry>(forms.Select((form, i) => KeyValuePair.Create(form, entries[form] with { Id = i + 1 })).ToArray());
    }

    /// <summary>A form's tags as a bit set over <see cref="Upos"/>, and its sure tag (<see cref="Upos.X"/> with <see cref="HasSure"/> false when none).</summary>
    public readonly record struct Entry(ushort Tags, Upos Sure, bool HasSure)
    {
        /// <summary>The form's 1-based index in <see cref="Forms"/>; 0 for a form the lexicon does not know.</summary>
        public int Id { get; init; }
    }

    /// <summary>The known forms in ordinal order (form <c>Forms[id - 1]</c> has <see cref="Entry.Id"/> id).</summary>
    public IReadOnlyList<string> Forms { get; }

    public int Count => _entries.Count;

    public int SureCount => _entries.Values.Count(e => e.HasSure);

    /// <summary>The entry of a form; default (no tags, not sure) when the form is unknown.</summary>
    public Entry Find(ReadOnlySpan<char> form) => _lookup.TryGetValue(form, out var entry) ? entry : default;

    /// <summary>Starts loading what <see cref="Find"/> of the form will read, so that a sentence's look-ups overlap.</summary>
    public void Prefetch(ReadOnlySpan<char> form) => _lookup.Prefetch(form);

    /// <summary>
    /// Builds the lexicon from gold-tagged sentences. A tag joins a form's class when it covers at least
    /// <paramref name="classShare"/> of the form's <paramref name="classMinCount"/>+ occurrences; a form is
    /// sure when seen <paramref name="sureMinCount"/>+ times with one tag covering <paramref name="sureShare"/>.
    /// </summary>
    public static PosLexicon Build(IReadOnlyList<TaggedSentence> sentences, int classMinCount, double classShare, int sureMinCount, double sureShare)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                var form = sentence.Text.Substring(token.Start, token.Length);
                if (!counts.TryGetValue(form, out var perTag))
                {
                    perTag = new int[PosTagger.Classes.Count];
                    counts[form] = perTag;
                }

                perTag[(int)token.Pos]++;
            }
        }

        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (form, perTag) in counts)
        {
            var total = perTag.Sum();
            if (total < classMinCount)
            {
                continue;
            }

            ushort tags = 0;
            var best = 0;
            for (var t = 0; t < perTag.Length; t++)
            {
                tags |= perTag[t] >= classShare * total ? (ushort)(1 << t) : (ushort)0;
                best = perTag[t] > perTag[best] ? t : best;
            }

            var sure = total >= sureMinCount && perTag[best] >= sureShare * total;
            entries[form] = new Entry(tags, sure ? (Upos)best : Upos.X, sure);
        }

        return new PosLexicon(entries);
    }

    /// <summary>Writes the entries in ordinal order, so the bytes depend only on the content.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_entries.Count);
        foreach (var form in Forms)
        {
            var entry = _entries[form];
            writer.Write(form);
            writer.Write(entry.Tags);
            writer.Write(entry.HasSure ? (byte)entry.Sure : byte.MaxValue);
        }
    }

    public static PosLexicon Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var entries = new Dictionary<string, Entry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var form = reader.ReadString();
            var tags = reader.ReadUInt16();
            var sure = reader.ReadByte();
            entries[form] = new Entry(tags, sure == byte.MaxValue ? Upos.X : (Upos)sure, sure != byte.MaxValue);
        }

        return new PosLexicon(entries);
    }
}
