using System.Buffers;
using System.Reflection;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;
using NewsNlp.Models;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The curated name lists embedded in the library (countries, cities, US states, regions, demonyms,
/// organisations, companies and media, titles, first names, surnames), matched case-insensitively over tokens. An entry is keyed by
/// the hash of its lower-cased tokens, and every proper prefix of an entry is stored too, so matching
/// walks forward one token at a time and stops at the first miss: one lookup for most tokens, no strings.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Longest entry, in tokens; bounds the work per start token.</summary>
    public const int MaxEntryTokens = 8;

    private static readonly (string Resource, GazetteerKind Kind)[] Lists =
    [
        ("countries.txt", GazetteerKind.Country),
        ("cities.txt", GazetteerKind.City),
        ("us-states.txt", GazetteerKind.UsState),
        ("regions.txt", GazetteerKind.Region),
        ("demonyms.txt", GazetteerKind.Demonym),
        ("organisations.txt", GazetteerKind.Organisation),
        ("titles.txt", GazetteerKind.Title),
        ("first-names.txt", GazetteerKind.FirstName),
        ("companies.txt", GazetteerKind.Organisation),
        ("surnames.txt", GazetteerKind.Surname),
    ];

    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadEmbedded);

    // Value: the kinds of the entry with exactly these tokens (None if only a prefix), and whether longer entries continue it.
    private readonly Dictionary<uint, (GazetteerKind Kinds, bool Continues)> _entries = [];

    // The same entries as one flat table, which every token's look-up reads (a dictionary reads a bucket
    // and an entry). Keyed by hash + 1, so no key is the table's empty mark and the look-ups stay exact.
    private readonly HashKeyTable<(GazetteerKind Kinds, bool Continues)> _lookup;

    // Short acronyms ("US", "WHO", "AP") match only as written: in lower case they are common words.
    private readonly Dictionary<uint, GazetteerKind> _acronyms = [];

    /// <summary>Builds a gazetteer from (entry, kind) pairs; entries are split on spaces and around hyphens.</summary>
    public Gazetteer(IEnumerable<(string Entry, GazetteerKind Kind)> entries)
    {
        foreach (var (entry, kind) in entries)
        {
            Add(entry.Split(' ', StringSplitOptions.RemoveEmptyEntries), kind);
            if (entry.Contains('-', StringComparison.Ordinal))
            {
                Add(entry.Replace("-", " - ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries), kind);
            }
        }

        _lookup = new HashKeyTable<(GazetteerKind, bool)>(_entries.Select(e => (KeyOf(e.Key), e.Value)), _entries.Count);
    }

    /// <summary>The lists shipped with the library, loaded once per process.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    public int Count => _entries.Count;

    private static FeatureHash Seed => FeatureHash.Start(0x6A2);

    private static FeatureHash AcronymSeed => FeatureHash.Start(0x6A3);

    private static bool IsShortAcronym(ReadOnlySpan<char> token)
    {
        if (token.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private GazetteerKind AcronymKinds(ReadOnlySpan<char> token) =>
        IsShortAcronym(token) && _acronyms.TryGetValue(AcronymSeed.Add(token), out var kinds) ? kinds : GazetteerKind.None;

    private void Add(string[] tokens, GazetteerKind kind)
    {
        if (tokens.Length is 0 or > MaxEntryTokens)
        {
            return;
        }

        if (tokens.Length == 1 && IsShortAcronym(tokens[0]))
        {
            var key = AcronymSeed.Add(tokens[0]);
            _acronyms[key] = _acronyms.GetValueOrDefault(key) | kind;
            return;
        }

        var h = Seed;
        for (var i = 0; i < tokens.Length; i++)
        {
            h = h.AddLower(tokens[i]);
            _entries.TryGetValue(h, out var e);
            _entries[h] = i == tokens.Length - 1 ? (e.Kinds | kind, e.Continues) : (e.Kinds, true);
        }
    }

    /// <summary>The kinds of the single-token entry equal to <paramref name="token"/> (case-insensitive).</summary>
    public GazetteerKind Lookup(ReadOnlySpan<char> token) =>
        AcronymKinds(token) | (TryGetEntry(Seed.AddLower(token), out var e) ? e.Kinds : GazetteerKind.None);

    /// <summary>The kinds of the entry spelled by exactly these tokens of <paramref name="text"/>.</summary>
    public GazetteerKind Lookup(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length is 0 or > MaxEntryTokens)
        {
            return GazetteerKind.None;
        }

        if (tokens.Length == 1)
        {
            return Lookup(text.Slice(tokens[0].Start, tokens[0].Length));
        }

        var h = Seed;
        (GazetteerKind Kinds, bool Continues) e = default;
        for (var i = 0; i < tokens.Length; i++)
        {
            h = h.AddLower(text.Slice(tokens[i].Start, tokens[i].Length));
            if (!TryGetEntry(h, out e) || (i < tokens.Length - 1 && !e.Continues))
            {
                return GazetteerKind.None;
            }
        }

        return e.Kinds;
    }

    /// <summary>
    /// Marks every token with the longest entry that covers it (greedy, left to right, non-overlapping)
    /// and its position in that entry. <paramref name="hits"/> must be as long as <paramref name="tokens"/>.
    /// </summary>
    public void Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<GazetteerHit> hits)
    {
        hits[..tokens.Length].Clear();

        // Every token's one-word hash first, starting the load of its slot, so the sentence's first
        // look-ups wait for memory together rather than one after another.
        var rented = tokens.Length > 128 ? ArrayPool<FeatureHash>.Shared.Rent(tokens.Length) : null;
        Span<FeatureHash> single = rented != null ? rented : stackalloc FeatureHash[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            single[t] = Seed.AddLower(text.Slice(tokens[t].Start, tokens[t].Length));
            _lookup.Prefetch(KeyOf(single[t]));
        }

        var i = 0;
        while (i < tokens.Length)
        {
            var h = Seed;
            var bestKinds = AcronymKinds(text.Slice(tokens[i].Start, tokens[i].Length));
            var bestLength = bestKinds == GazetteerKind.None ? 0 : 1;
            for (var j = i; j < tokens.Length && j - i < MaxEntryTokens; j++)
            {
                h = j == i ? single[i] : h.AddLower(text.Slice(tokens[j].Start, tokens[j].Length));
                if (!TryGetEntry(h, out var e))
                {
                    break;
                }

                if (e.Kinds != GazetteerKind.None)
                {
                    bestLength = j - i + 1;
                    bestKinds = e.Kinds;
                }

                if (!e.Continues)
                {
                    break;
                }
            }

            if (bestLength == 0)
            {
                i++;
                continue;
            }

            for (var k = 0; k < bestLength; k++)
            {
                var position = bestLength == 1 ? BilouPosition.Unit
                    : k == 0 ? BilouPosition.Begin
                    : k == bestLength - 1 ? BilouPosition.Last
                    : BilouPosition.Inside;
                hits[i + k] = new GazetteerHit(bestKinds, position);
            }

            i += bestLength;
        }

        if (rented != null)
        {
            ArrayPool<FeatureHash>.Shared.Return(rented);
        }
    }

    private bool TryGetEntry(uint hash, out (GazetteerKind Kinds, bool Continues) entry) => _lookup.TryGetValue(KeyOf(hash), out entry);

    private static ulong KeyOf(uint hash) => (ulong)hash + 1;

    private static Gazetteer LoadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        return new Gazetteer(Lists.SelectMany(list => ReadList(assembly, list.Resource).Select(entry => (entry, list.Kind))));
    }

    private static IEnumerable<string> ReadList(Assembly assembly, string resource)
    {
        var name = "NewsNlp.Analysis.Entities.Gazetteers." + resource;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded gazetteer {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
