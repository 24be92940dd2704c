using System.Globalization;
using System.Text.Json;

namespace NewsNlp.Ingestion;

/// <summary>Reads one JSON object per line; a blank line is no record, a broken one is rejected and reading goes on.</summary>
internal static class JsonLinesReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static IEnumerable<IngestItem> Read(StreamedText text, string source, IngestOptions options, RecordCursor cursor)
    {
        // Escapes can make a line longer than its text; the text's own size is checked after parsing.
        var maxChars = (int)Math.Min(int.MaxValue / 2, (options.MaxDocBytes * 2) + (1 << 20));
        var lines = new BoundedLineReader(text.Reader, maxChars);
        while (lines.ReadLine(out var tooLong) is { } line)
        {
            cursor.Index++;
            var record = cursor.Label;
            if (tooLong)
            {
                yield return IngestItem.Reject(source, record, RejectReasons.TooLarge, $"line longer than {maxChars} characters");
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, source, record, options, text);
        }
    }

    private static IngestItem Parse(string line, string source, string record, IngestOptions options, StreamedText text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Options);
        }
        catch (JsonException e)
        {
            return IngestItem.Reject(source, record, RejectReasons.MalformedJson, RecordBuilder.Detail(e.Message));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return IngestItem.Reject(source, record, RejectReasons.MalformedJson, $"a {root.ValueKind} where an object was expected");
            }

            return RecordBuilder.Build(source, record, name => Field(root, name), options, text);
        }
    }

    private static string? Field(JsonElement root, string name)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                var value = property.Value;
                return value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    JsonValueKind.True or JsonValueKind.False => value.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
                    _ => null,
                };
            }
        }

        return null;
    }
}
