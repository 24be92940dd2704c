using System.Text;

namespace NewsNlp.Ingestion;

/// <summary>Turns the fields of a jsonl object or csv row into a record, or the reason it cannot be one.</summary>
internal static class RecordBuilder
{
    public static IngestItem Build(string source, string record, Func<string, string?> field, IngestOptions options, StreamedText text)
    {
        var names = options.Fields;
        string? body = null;
        foreach (var name in names.Text)
        {
            body = field(name);
            if (body != null)
            {
                break;
            }
        }

        if (body is null)
        {
            return IngestItem.Reject(source, record, RejectReasons.MissingText, $"no field {string.Join('|', names.Text)}");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return IngestItem.Reject(source, record, RejectReasons.Empty, "text is empty or whitespace");
        }

        var bytes = Encoding.UTF8.GetByteCount(body);
        if (bytes > options.MaxDocBytes)
        {
            return IngestItem.Reject(source, record, RejectReasons.TooLarge, $"{bytes} bytes > --max-doc-bytes {options.MaxDocBytes}");
        }

        var title = field(names.Title);
        if (text.MayBeDamaged(body) || (title != null && text.MayBeDamaged(title)))
        {
            return IngestItem.Reject(source, record, RejectReasons.Encoding, "bytes that are not valid in the file's encoding");
        }

        return IngestItem.Of(new RawRecord
        {
            Source = source,
            Record = record,
            Text = body,
            Id = NullIfBlank(field(names.Id)),
            Title = title,
            Url = NullIfBlank(field(names.Url)),
            Published = NullIfBlank(field(names.Published)),
            Publisher = NullIfBlank(field(names.Source)),
            DecodedAsWindows1252 = text.IsWindows1252,
        });
    }

    /// <summary>Detail text for rejected.csv: one line, at most 200 characters.</summary>
    public static string Detail(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        return line.Length <= 200 ? line : string.Concat(line.AsSpan(0, 199), "…");
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
