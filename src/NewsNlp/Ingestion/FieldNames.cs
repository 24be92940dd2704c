namespace NewsNlp.Ingestion;

/// <summary>
/// Field (jsonl) or column (csv) names of a record. The body is the first of <see cref="Text"/> present.
/// Matching is case-insensitive.
/// </summary>
public sealed record FieldNames
{
    public string Id { get; init; } = "id";

    public string Title { get; init; } = "title";

    public IReadOnlyList<string> Text { get; init; } = ["text", "body", "content"];

    public string Url { get; init; } = "url";

    public string Published { get; init; } = "published";

    public string Source { get; init; } = "source";

    public static FieldNames Default { get; } = new();
}
