namespace NewsNlp.Documents;

/// <summary>Processing status of an article, written to articles.csv.</summary>
public enum ArticleStatus
{
    Ok,
    UnsupportedLanguage,
}

/// <summary>
/// One article: it owns its raw text and its cleaned text plus the offset map between them. Every
/// annotation layer holds spans into <see cref="Clean"/>, never copies (spaCy's Doc, Catalyst's Document).
/// </summary>
public sealed class Article
{
    public Article(string docId, string source, string record, string raw)
    {
        DocId = docId;
        Source = source;
        Record = record;
        Raw = raw;
        Clean = raw;
        Map = TextMap.Identity(raw.Length);
    }

    public string DocId { get; }

    /// <summary>The input file, relative to the input root, with '/' separators.</summary>
    public string Source { get; }

    /// <summary>The record within the source: a line or row number for jsonl/csv, "0" for a whole file.</summary>
    public string Record { get; }

    /// <summary>The record's raw text: the whole file for txt/md, the body field for jsonl/csv, extracted text for html.</summary>
    public string Raw { get; }

    public string Title { get; set; } = string.Empty;

    public string? Url { get; set; }

    /// <summary>Publication date in ISO 8601, or null when none was given or it could not be parsed.</summary>
    public string? Published { get; set; }

    /// <summary>The publisher or feed name, when the record gives one.</summary>
    public string? Publisher { get; set; }

    /// <summary>ISO 639-1 code of the detected language, empty when undetermined.</summary>
    public string Language { get; set; } = string.Empty;

    public ArticleStatus Status { get; set; } = ArticleStatus.Ok;

    /// <summary>The repaired text every later layer points into.</summary>
    public string Clean { get; private set; }

    public TextMap Map { get; private set; }

    /// <summary>Changes from <see cref="Raw"/> to <see cref="Clean"/>, ordered by source offset.</summary>
    public IReadOnlyList<Edit> Edits { get; private set; } = [];

    // Edits made before repair (e.g. decoding Windows-1252 at ingestion); kept apart so that the
    // repair stage's ApplyEdits call merges them instead of dropping them.
    private readonly List<Edit> _ingestionEdits = [];

    public List<Block> Blocks { get; } = [];

    public List<Table> Tables { get; } = [];

    public Token[] Tokens { get; set; } = [];

    public List<Sentence> Sentences { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<Entity> Entities { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<StakeholderStance> Stances { get; } = [];

    /// <summary>
    /// Sets the cleaned text from edits over the raw text (Lucene char-filter style); only the repair
    /// stage calls this, before any layer points into the cleaned text.
    /// </summary>
    public void ApplyEdits(IReadOnlyList<Edit> edits)
    {
        if (Tokens.Length > 0 || Sentences.Count > 0 || Mentions.Count > 0)
        {
            throw new InvalidOperationException("The cleaned text cannot change once layers point into it.");
        }

        var all = _ingestionEdits.Count == 0 ? edits : [.. _ingestionEdits, .. edits];
        var (clean, map) = TextMap.Apply(Raw, all);
        Clean = clean;
        Map = map;
        Edits = all.OrderBy(e => e.Source.Start).ThenBy(e => e.Source.End).ToArray();
    }

    /// <summary>
    /// Records an edit made while reading the record (e.g. rule decode-windows-1252, a zero-width edit
    /// at offset 0). It is kept through every later <see cref="ApplyEdits"/> call.
    /// </summary>
    public void RecordIngestionEdit(Edit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        _ingestionEdits.Add(edit);
        ApplyEdits([]);
    }

    /// <summary>The raw-text range of a cleaned-text range.</summary>
    public TextSpan ToSource(TextSpan clean) => Map.ToSource(clean);

    public ReadOnlySpan<char> TextOf(TextSpan span) => span.Of(Clean);
}
