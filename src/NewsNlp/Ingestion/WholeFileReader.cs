namespace NewsNlp.Ingestion;

/// <summary>
/// Reads a one-record file (txt, md, html): bounded by --max-doc-bytes, decoded, and for HTML reduced to its
/// readable text. The title is the first non-empty line (txt, md) or the page title (html).
/// </summary>
internal static class WholeFileReader
{
    public static IngestItem Read(Stream stream, InputFormat format, string source, IngestOptions options)
    {
        const string record = "0";
        var bytes = ReadBounded(stream, options.MaxDocBytes);
        if (bytes is null)
        {
            return IngestItem.Reject(source, record, RejectReasons.TooLarge, $"file larger than --max-doc-bytes {options.MaxDocBytes}");
        }

        if (bytes.Length == 0)
        {
            return IngestItem.Reject(source, record, RejectReasons.Empty, "file is empty");
        }

        var (encoding, error) = TextDecoding.Detect(bytes, complete: true);
        if (encoding is null)
        {
            var reason = error == "binary" ? RejectReasons.Binary : RejectReasons.Encoding;
            return IngestItem.Reject(source, record, reason, error ?? string.Empty);
        }

        var decoded = TextDecoding.Decode(bytes, encoding);
        var (title, text) = format == InputFormat.Html ? HtmlText.Extract(decoded) : (FirstLineTitle(decoded, format), decoded);
        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestItem.Reject(source, record, RejectReasons.Empty, format == InputFormat.Html ? "no text outside markup" : "text is whitespace only");
        }

        return IngestItem.Of(new RawRecord
        {
            Source = source,
            Record = record,
            Text = text,
            Title = title,
            DecodedAsWindows1252 = TextDecoding.IsWindows1252(encoding),
        });
    }

    /// <summary>The whole stream, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    internal static byte[]? ReadBounded(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static string FirstLineTitle(string text, InputFormat format)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (format == InputFormat.Markdown)
            {
                trimmed = trimmed.TrimStart('#').TrimStart();
            }

            return trimmed.ToString();
        }

        return string.Empty;
    }
}
