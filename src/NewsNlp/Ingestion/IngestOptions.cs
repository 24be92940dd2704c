namespace NewsNlp.Ingestion;

/// <summary>Settings of the archive reader.</summary>
public sealed record IngestOptions
{
    public const long DefaultMaxDocBytes = 5 * 1024 * 1024;

    /// <summary>Records whose text is larger (in UTF-8 bytes) are rejected as too_large.</summary>
    public long MaxDocBytes { get; init; } = DefaultMaxDocBytes;

    public FieldNames Fields { get; init; } = FieldNames.Default;

    /// <summary>Retries of transient I/O failures when opening and reading files.</summary>
    public IoRetry Retry { get; init; } = IoRetry.Default;
}
