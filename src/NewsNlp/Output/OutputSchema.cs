namespace NewsNlp.Output;

/// <summary>One output table: its CSV file, its key in documents.jsonl, and its columns in order.</summary>
public sealed record TableSchema(string FileName, string JsonName, IReadOnlyList<string> Columns);

/// <summary>The output contract, schema v1; docs/schema.md documents every column.</summary>
public static class OutputSchema
{
    public const string Version = "1";

    public static TableSchema Articles { get; } = new("articles.csv", "article", [
        "doc_id", "source", "record", "title", "published", "language", "status", "chars_raw", "chars_clean",
        "sentences", "tokens", "entities", "quotes", "edits",
    ]);

    /// <summary>Count columns of articles.csv; documents.jsonl nests them under "counts" because its
    /// "edits", "entities" and "quotes" keys hold the rows themselves.</summary>
    public static IReadOnlySet<string> ArticleCounts { get; } = new HashSet<string>(StringComparer.Ordinal) { "sentences", "tokens", "entities", "quotes", "edits" };

    public static TableSchema Edits { get; } = new("edits.csv", "edits", [
        "doc_id", "edit_id", "kind", "rule", "source_start", "source_end", "before", "after", "confidence",
    ]);

    public static TableSchema Entities { get; } = new("entities.csv", "entities", [
        "doc_id", "entity_id", "name", "type", "role", "kb_key", "mentions", "first_start",
    ]);

    public static TableSchema Mentions { get; } = new("mentions.csv", "mentions", [
        "doc_id", "mention_id", "entity_id", "text", "type", "kind", "start", "end", "source_start", "source_end", "sentence",
    ]);

    public static TableSchema Quotes { get; } = new("quotes.csv", "quotes", [
        "doc_id", "quote_id", "kind", "text", "start", "end", "source_start", "source_end", "speaker_entity_id",
        "speaker_text", "speaker_name", "cue", "cue_lemma", "sentence", "confidence",
    ]);

    public static TableSchema Stances { get; } = new("stances.csv", "stances", [
        "doc_id", "entity_id", "stakeholder", "type", "target", "stance", "confidence", "p_support", "p_oppose",
        "p_neutral", "portrayal", "portrayal_confidence", "evidence_count", "evidence_quote_ids", "evidence_text", "model",
    ]);

    public static TableSchema Rejected { get; } = new("rejected.csv", "rejected", ["source", "record", "reason", "detail"]);

    /// <summary>The per-article detail tables, in the order documents.jsonl lists them.</summary>
    public static IReadOnlyList<TableSchema> DetailTables { get; } = [Edits, Entities, Mentions, Quotes, Stances];

    public const string DocumentsFile = "documents.jsonl";

    public const string RunFile = "run.json";
}
