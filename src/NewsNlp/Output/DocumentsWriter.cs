using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Documents;

namespace NewsNlp.Output;

/// <summary>
/// Writes documents.jsonl: one JSON object per article with its cleaned text, tables and its rows of every
/// detail table (keyed by column name, as in the CSV files).
/// </summary>
public sealed class DocumentsWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keep quotes, apostrophes and non-ASCII letters readable; the output is UTF-8.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly AtomicFile _file;
    private readonly Utf8JsonWriter _json;

    public DocumentsWriter(string directory)
    {
        _file = new AtomicFile(Path.Combine(directory, OutputSchema.DocumentsFile));
        _json = new Utf8JsonWriter(_file.Stream, Options);
    }

    public void Write(Article article, ArticleRows rows)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(rows);
        _json.WriteStartObject();
        var columns = OutputSchema.Articles.Columns;
        WriteArticleColumns(columns, rows.Article, counts: false);
        _json.WriteStartObject("counts");
        WriteArticleColumns(columns, rows.Article, counts: true);
        _json.WriteEndObject();

        _json.WriteString("url", article.Url);
        _json.WriteString("publisher", article.Publisher);
        _json.WriteString("text", article.Clean);
        WriteTables(article.Tables);
        for (var t = 0; t < OutputSchema.DetailTables.Count; t++)
        {
            WriteRows(OutputSchema.DetailTables[t], rows.Details[t]);
        }

        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _file.Stream.WriteByte((byte)'\n');
    }

    public void Commit()
    {
        _json.Dispose();
        _file.Commit();
    }

    public void Dispose()
    {
        _json.Dispose();
        _file.Dispose();
    }

    private void WriteArticleColumns(IReadOnlyList<string> columns, object?[] row, bool counts)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (OutputSchema.ArticleCounts.Contains(columns[i]) == counts)
            {
                WriteValue(columns[i], row[i]);
            }
        }
    }

    private void WriteTables(IReadOnlyList<Table> tables)
    {
        _json.WriteStartArray("tables");
        foreach (var table in tables)
        {
            _json.WriteStartObject();
            _json.WriteNumber("start", table.Start);
            _json.WriteNumber("end", table.End);
            _json.WriteStartArray("header");
            foreach (var cell in table.Header)
            {
                _json.WriteStringValue(cell);
            }

            _json.WriteEndArray();
            _json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                _json.WriteStartArray();
                foreach (var cell in row)
                {
                    _json.WriteStringValue(cell);
                }

                _json.WriteEndArray();
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteRows(TableSchema schema, IReadOnlyList<object?[]> rows)
    {
        _json.WriteStartArray(schema.JsonName);
        foreach (var row in rows)
        {
            _json.WriteStartObject();

            // doc_id is the document's own; repeating it in every row adds nothing.
            for (var i = 1; i < schema.Columns.Count; i++)
            {
                WriteValue(schema.Columns[i], row[i]);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteValue(string name, object? value)
    {
        switch (value)
        {
            case null:
                _json.WriteNull(name);
                break;
            case string s:
                _json.WriteString(name, s);
                break;
            case int n:
                _json.WriteNumber(name, n);
                break;
            case double d:
                _json.WriteNumber(name, d);
                break;
            default:
                _json.WriteString(name, CsvTableWriter.Cell(value));
                break;
        }
    }
}
