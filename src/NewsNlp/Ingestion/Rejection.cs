namespace NewsNlp.Ingestion;

/// <summary>A record (or a whole file) that could not be read; one row of rejected.csv.</summary>
public sealed record Rejection(string Source, string Record, string Reason, string Detail);

/// <summary>The reason codes written to rejected.csv, documented in docs/schema.md.</summary>
public static class RejectReasons
{
    public const string Empty = "empty";
    public const string Binary = "binary";
    public const string Encoding = "encoding";
    public const string TruncatedGzip = "truncated_gzip";
    public const string CorruptGzip = "corrupt_gzip";
    public const string MalformedJson = "malformed_json";
    public const string MissingText = "missing_text";
    public const string MalformedCsv = "malformed_csv";
    public const string TooLarge = "too_large";
    public const string Unreadable = "unreadable";
    public const string UnsupportedFormat = "unsupported_format";
    public const string AnalysisFailed = "analysis_failed";
}

/// <summary>What the archive reader yields: a record to analyse or a rejection, never both.</summary>
public readonly record struct IngestItem(RawRecord? Record, Rejection? Rejection)
{
    public static IngestItem Of(RawRecord record) => new(record, null);

    public static IngestItem Reject(string source, string record, string reason, string detail) =>
        new(null, new Rejection(source, record, reason, detail));
}
