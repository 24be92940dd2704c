using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Country names, their other names ("U.S.", "America") and demonyms ("Russian"), from
/// <c>Resources/countries.txt</c>, so "the Russian government" and "russia" both lead to Russia.
/// Loaded once per process and shared read-only.
/// </summary>
public sealed class Countries
{
    private static readonly Lazy<Countries> Shared = new(() => Parse(ReportingLexicon.ReadResource("Stakeholders.Resources.countries.txt")));

    private readonly WordTable<string> _names;
    private readonly WordTable<string> _demonyms;

    private Countries(WordTable<string> names, WordTable<string> demonyms)
    {
        _names = names;
        _demonyms = demonyms;
    }

    public static Countries Default => Shared.Value;

    /// <summary>The canonical name of a country name or alias ("U.S." → "United States"), case-insensitively.</summary>
    public bool TryCanonical(ReadOnlySpan<char> name, out string canonical) => _names.TryGetValue(name, out canonical);

    /// <summary>The country of a demonym ("Ukrainian" → "Ukraine"), case-insensitively.</summary>
    public bool TryDemonym(ReadOnlySpan<char> word, out string country) => _demonyms.TryGetValue(word, out country);

    /// <summary>The country a word names or qualifies, by name, alias or demonym.</summary>
    public bool TryCountryOf(ReadOnlySpan<char> word, out string country) => TryCanonical(word, out country) || TryDemonym(word, out country);

    public static Countries Parse(string text)
    {
        var names = new WordTable<string>();
        var demonyms = new WordTable<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('|');
            var canonical = parts[0].Trim();
            names[canonical] = canonical;
            foreach (var alias in Items(parts, 1))
            {
                names[alias] = canonical;
            }

            foreach (var demonym in Items(parts, 2))
            {
                demonyms[demonym] = canonical;
            }
        }

        return new Countries(names, demonyms);
    }

    private static IEnumerable<string> Items(string[] parts, int column) =>
        column < parts.Length ? parts[column].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}
