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

    /// <summary>
    /// Parses overrides such as <c>id=guid,title=headline,text=article|body</c> (keys: id, title, text, url,
    /// published, source); unnamed fields keep their defaults. Null when the text is not of that form.
    /// </summary>
    public static FieldNames? Parse(string? overrides)
    {
        var names = Default;
        if (string.IsNullOrWhiteSpace(overrides))
        {
            return names;
        }

        foreach (var pair in overrides.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..].Trim();
            if (value.Length == 0)
            {
                return null;
            }

            FieldNames? updated = pair[..equals].Trim().ToLowerInvariant() switch
            {
                "id" => names with { Id = value },
                "title" => names with { Title = value },
                "text" => names with { Text = value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "url" => names with { Url = value },
                "published" => names with { Published = value },
                "source" => names with { Source = value },
                _ => null,
            };
            if (updated is null)
            {
                return null;
            }

            names = updated;
        }

        return names;
    }
}
