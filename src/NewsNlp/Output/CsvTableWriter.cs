using System.Globalization;
using System.Text;
using CsvHelper;

namespace NewsNlp.Output;

/// <summary>
/// Writes one CSV table: RFC 4180 (CRLF, quotes where needed), UTF-8 without BOM, header always, invariant
/// culture. The file appears under its final name only when <see cref="Commit"/> is called.
/// </summary>
public sealed class CsvTableWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly AtomicFile _file;
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;
    private readonly string[] _cells;
    private bool _closed;

    public CsvTableWriter(string directory, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _file = new AtomicFile(Path.Combine(directory, schema.FileName));
        _text = new StreamWriter(_file.Stream, Utf8NoBom, 1 << 16, leaveOpen: true);
        _csv = CsvWriter.Create(_text, new CsvWriterOptions
        {
            NewLine = "\r\n",
            FormatProvider = CultureInfo.InvariantCulture,
            WriteByteOrderMark = false,
            Injection = CsvInjection.None,
        }, leaveOpen: true);
        _cells = new string[schema.Columns.Count];
        _csv.WriteRecord(schema.Columns.ToArray());
    }

    public void Write(object?[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        for (var i = 0; i < _cells.Length; i++)
        {
            _cells[i] = Cell(row[i]);
        }

        _csv.WriteRecord(_cells);
    }

    public void Commit()
    {
        Close();
        _file.Commit();
    }

    /// <summary>Without a commit, the partial file is deleted.</summary>
    public void Dispose()
    {
        Close();
        _file.Dispose();
    }

    // Flushes the writers into the file stream; the file itself stays open until commit or dispose.
    private void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _csv.Dispose();
        _text.Dispose();
    }

    /// <summary>The text of a cell: empty for null, invariant culture for numbers.</summary>
    public static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
