using NewsNlp.Documents;
using NewsNlp.Ingestion;
using NewsNlp.Pipeline;

namespace NewsNlp.Output;

/// <summary>
/// All output files of a run, written together in input order. They appear under their final names only
/// when the run completes (<see cref="Commit"/>); an aborted run leaves none of them behind.
/// </summary>
public sealed class OutputSet : IDisposable
{
    private readonly CsvTableWriter? _articles;
    private readonly CsvTableWriter[] _details = [];
    private readonly CsvTableWriter _rejected;
    private readonly DocumentsWriter? _documents;

    public OutputSet(string directory, OutputFormats formats)
    {
        Directory.CreateDirectory(directory);
        try
        {
            if (formats.HasFlag(OutputFormats.Csv))
            {
                _articles = new CsvTableWriter(directory, OutputSchema.Articles);
                _details = OutputSchema.DetailTables.Select(t => new CsvTableWriter(directory, t)).ToArray();
            }

            // Rejections are always written: bad input must never vanish, whatever the formats.
            _rejected = new CsvTableWriter(directory, OutputSchema.Rejected);
            if (formats.HasFlag(OutputFormats.Jsonl))
            {
                _documents = new DocumentsWriter(directory);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void Write(Article article, ArticleRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _articles?.Write(rows.Article);
        for (var t = 0; t < _details.Length; t++)
        {
            foreach (var row in rows.Details[t])
            {
                _details[t].Write(row);
            }
        }

        _documents?.Write(article, rows);
    }

    public void Write(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        _rejected.Write([rejection.Source, rejection.Record, rejection.Reason, rejection.Detail]);
    }

    public void Commit()
    {
        _articles?.Commit();
        foreach (var table in _details)
        {
            table.Commit();
        }

        _rejected.Commit();
        _documents?.Commit();
    }

    public void Dispose()
    {
        _articles?.Dispose();
        foreach (var table in _details)
        {
            table.Dispose();
        }

        _rejected?.Dispose();
        _documents?.Dispose();
    }
}
