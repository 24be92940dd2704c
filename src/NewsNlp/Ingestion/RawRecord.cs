namespace NewsNlp.Ingestion;

/// <summary>
/// One record as read from the archive, before it becomes an <see cref="Documents.Article"/>: the body text
/// and whatever metadata the format gives.
/// </summary>
public sealed class RawRecord
{
    /// <summary>The input file, relative to the input root, with '/' separators.</summary>
    public required string Source { get; init; }

    /// <summary>"0" for a whole-file record, the 1-based line (jsonl) or data row (csv) otherwise.</summary>
    public required string Record { get; init; }

    public required string Text { get; init; }

    /// <summary>The record's own id field, when it has one.</summary>
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    /// <summary>The published field as given (normalised later).</summary>
    public string? Published { get; init; }

    public string? Publisher { get; init; }

    /// <summary>True when the bytes were not UTF-8 and were decoded as Windows-1252.</summary>
    public bool DecodedAsWindows1252 { get; init; }
}
