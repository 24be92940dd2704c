using CsvHelper;

namespace NewsNlp.Ingestion;

/// <summary>
/// Reads a CSV file with a header row (column names as for jsonl). A row with broken quoting is skipped by
/// CsvHelper and rejected here, and reading goes on; a row's number is its 1-based position after the header.
/// </summary>
internal static class CsvRecordReader
{
    public static IEnumerable<IngestItem> Read(StreamedText text, string source, IngestOptions options, RecordCursor cursor)
    {
        var malformed = new Queue<CsvMalformedRecord>();
        var readerOptions = new CsvReaderOptions
        {
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed.Enqueue,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            // Bounds memory. A row over --max-doc-bytes is rejected as too_large and reading goes on; one over
            // this cap makes CsvHelper stop the file (rejected as malformed_csv), as it cannot skip the row.
            MaxRecordSize = (int)Math.Min(int.MaxValue / 2, (options.MaxDocBytes * 2) + (1 << 20)),
            SkipEmptyLines = true,
        };
        using var csv = CsvReader.Create(text.Reader, readerOptions, leaveOpen: true);
        Dictionary<string, int>? columns = null;
        while (true)
        {
            var more = csv.Read();
            while (malformed.TryDequeue(out var bad))
            {
                cursor.Index++;
                yield return IngestItem.Reject(source, cursor.Label, RejectReasons.MalformedCsv, RecordBuilder.Detail($"{bad.Reason} at line {bad.LineNumber}"));
            }

            if (!more)
            {
                yield break;
            }

            columns ??= ColumnIndex(csv.Headers);
            cursor.Index++;
            var fieldCount = csv.FieldCount;
            yield return RecordBuilder.Build(
                source,
                cursor.Label,
                name => columns.TryGetValue(name, out var i) && i < fieldCount ? csv.GetStringOrNull(i) : null,
                options,
                text);
        }
    }

    private static Dictionary<string, int> ColumnIndex(IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            columns.TryAdd(headers[i].Trim(), i);
        }

        return columns;
    }
}
