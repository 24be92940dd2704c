using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>How a reporting word may introduce what was said.</summary>
[Flags]
public enum ReportingUse
{
    None = 0,

    /// <summary>A verb introducing its content with "that" or a quotation ("cautioned that …").</summary>
    Verb = 1 << 0,

    /// <summary>The verb may take a bare clause as well ("said the talks will go on").</summary>
    BareClause = 1 << 1,

    /// <summary>The verb may name a listener before the content ("told reporters that …").</summary>
    Listener = 1 << 2,

    /// <summary>A noun ("statement", "claim").</summary>
    Noun = 1 << 3,

    /// <summary>The verb's content may be a noun phrase ("emphasized a preference for …", "confirmed the visit").</summary>
    Phrase = 1 << 4,
}

/// <summary>One inflected form of a reporting word.</summary>
public readonly record struct ReportingWord(string VerbLemma, string NounLemma, ReportingUse Use)
{
    public bool IsVerb => (Use & ReportingUse.Verb) != 0;

    public bool IsNoun => (Use & ReportingUse.Noun) != 0;
}

/// <summary>
/// The reporting verbs and nouns of <c>Resources/reporting-words.txt</c>, looked up by any inflected
/// form, case-insensitively and without allocating (the lookup takes spans of the article's text).
/// Loaded once per process and shared read-only.
/// </summary>
public sealed class ReportingLexicon
{
    private static readonly Lazy<ReportingLexicon> Shared = new(() => Parse(ReadResource("Quotes.Resources.reporting-words.txt")));

    private readonly WordTable<ReportingWord> _forms;

    private ReportingLexicon(WordTable<ReportingWord> forms)
    {
        _forms = forms;
    }

    public static ReportingLexicon Default => Shared.Value;

    /// <summary>Number of distinct lemmas (verbs and nouns counted apart).</summary>
    public int LemmaCount { get; private init; }

    /// <summary>Number of distinct verb lemmas (the issue asks for at least 150 reporting verbs).</summary>
    public int VerbLemmaCount { get; private init; }

    public bool TryGet(ReadOnlySpan<char> form, out ReportingWord word) => _forms.TryGetValue(form, out word);

    /// <summary>Parses the resource format: "class lemma form form …" per line, '#' comments.</summary>
    public static ReportingLexicon Parse(string text)
    {
        var forms = new Dictionary<string, ReportingWord>(StringComparer.OrdinalIgnoreCase);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            var use = UseOf(parts[0]);
            var lemma = parts[1];
            lemmas.Add(parts[0][0] + ":" + lemma);
            foreach (var form in parts.Skip(1))
            {
                forms.TryGetValue(form, out var known);
                forms[form] = use == ReportingUse.Noun
                    ? known with { NounLemma = lemma, Use = known.Use | use, VerbLemma = known.VerbLemma ?? string.Empty }
                    : known with { VerbLemma = lemma, Use = known.Use | use, NounLemma = known.NounLemma ?? string.Empty };
            }
        }

        var table = new WordTable<ReportingWord>();
        foreach (var (form, word) in forms)
        {
            table[form] = word;
        }

        return new ReportingLexicon(table) { LemmaCount = lemmas.Count, VerbLemmaCount = lemmas.Count(l => l[0] == 'v') };
    }

    /// <summary>The class column: "n", or "v" followed by any of o (listener), s (bare clause), p (phrase).</summary>
    private static ReportingUse UseOf(string cls)
    {
        if (cls[0] == 'n')
        {
            return ReportingUse.Noun;
        }

        var use = ReportingUse.Verb;
        foreach (var c in cls.AsSpan(1))
        {
            use |= c switch
            {
                'o' => ReportingUse.Listener,
                's' => ReportingUse.BareClause,
                'p' => ReportingUse.Phrase,
                _ => ReportingUse.None,
            };
        }

        return use;
    }

    /// <summary>An embedded word list by its folder-qualified name ("Quotes.Resources.reporting-words.txt"),
    /// which keeps it apart from other stages' lists of the same file name.</summary>
    internal static string ReadResource(string name)
    {
        var assembly = typeof(ReportingLexicon).Assembly;
        var resource = assembly.GetManifestResourceNames().First(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
