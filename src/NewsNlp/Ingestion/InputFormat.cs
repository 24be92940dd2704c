namespace NewsNlp.Ingestion;

/// <summary>The input formats, chosen by file extension (a trailing .gz is looked through).</summary>
public enum InputFormat
{
    Text,
    Markdown,
    Html,
    JsonLines,
    Csv,

    /// <summary>A file in an input folder whose name is no known format: listed so that it is rejected, never read.</summary>
    Unsupported,
}

public static class InputFormats
{
    /// <summary>The format of a file name and whether it is gzip-compressed; null for files that are not input.</summary>
    public static (InputFormat Format, bool Gzip)? Detect(string path)
    {
        var name = Path.GetFileName(path);
        var gzip = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        if (gzip)
        {
            name = name[..^3];
        }

        InputFormat? format = Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".txt" => InputFormat.Text,
            ".md" => InputFormat.Markdown,
            ".html" or ".htm" => InputFormat.Html,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".csv" => InputFormat.Csv,
            _ => null,
        };
        return format is { } f ? (f, gzip) : null;
    }

    /// <summary>The file names the reader takes, for messages.</summary>
    public const string Expected = ".txt, .md, .html, .htm, .jsonl, .ndjson or .csv, optionally .gz";

    /// <summary>Whole-file formats are one record per file; the others hold many.</summary>
    public static bool IsWholeFile(this InputFormat format) => format is InputFormat.Text or InputFormat.Markdown or InputFormat.Html;
}
