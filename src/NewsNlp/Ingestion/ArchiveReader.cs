using CsvHelper;


namespace NewsNlp.Ingestion;

/// <summary>
/// Streams every record of the input, one at a time, in a deterministic order (files in ordinal path
/// order, records in file order). Every record read is yielded exactly once, as a record or a rejection,
/// so records read = articles + rejected. Nothing here throws for bad input.
/// </summary>
public sealed class ArchiveReader(IngestOptions options)
{
    private long _bytesDone;
    private long _bytesOfCurrentFile;

    /// <summary>Bytes of input files (as on disk) read so far; for progress.</summary>
    public long BytesDone => Interlocked.Read(ref _bytesDone) + Interlocked.Read(ref _bytesOfCurrentFile);

    public IEnumerable<IngestItem> Read(IReadOnlyList<InputFile> files, CancellationToken cancellationToken = default)
    {
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var item in ReadFile(file))
            {
                yield return item;
            }

            Interlocked.Exchange(ref _bytesOfCurrentFile, 0);
            Interlocked.Add(ref _bytesDone, file.Length);
        }
    }

    /// <summary>The records of one file; a failure that ends the file becomes one last rejection.</summary>
    public IEnumerable<IngestItem> ReadFile(InputFile file)
    {
        var cursor = new RecordCursor();
        IEnumerator<IngestItem>? records = null;
        try
        {
            while (true)
            {
                IngestItem item;
                var last = false;
                try
                {
                    records ??= Open(file, cursor).GetEnumerator();
                    if (!records.MoveNext())
                    {
                        break;
                    }

                    item = records.Current;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    item = IngestItem.Reject(file.RelativePath, cursor.Label, Classify(e), RecordBuilder.Detail(e.Message));
                    last = true;
                }

                yield return item;
                if (last)
                {
                    break;
                }
            }
        }
        finally
        {
            records?.Dispose();
        }
    }

    private IEnumerable<IngestItem> Open(InputFile file, RecordCursor cursor)
    {
        if (file.Format == InputFormat.Unsupported)
        {
            yield return IngestItem.Reject(file.RelativePath, "0", RejectReasons.UnsupportedFormat, $"not read: the name is none of {InputFormats.Expected}");
            yield break;
        }

        if (file.Format.IsWholeFile())
        {
            // Open and read are retried together: a whole-file record is re-read from the start.
            yield return options.Retry.Execute(() =>
            {
                using var stream = OpenStream(file);
                return WholeFileReader.Read(stream, file.Format, file.RelativePath, options);
            });
            yield break;
        }

        var (text, error) = StreamedText.Open(options.Retry.Execute(() => OpenStream(file)));
        if (text is null)
        {
            yield return IngestItem.Reject(file.RelativePath, "0", error == "binary" ? RejectReasons.Binary : RejectReasons.Encoding, error ?? string.Empty);
            yield break;
        }

        using (text)
        {
            var records = file.Format == InputFormat.Csv
                ? CsvRecordReader.Read(text, file.RelativePath, options, cursor)
                : JsonLinesReader.Read(text, file.RelativePath, options, cursor);
            foreach (var item in records)
            {
                yield return item;
            }
        }
    }

    private Stream OpenStream(InputFile file)
    {
        Interlocked.Exchange(ref _bytesOfCurrentFile, 0);
        var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Action<int> counted = n => Interlocked.Add(ref _bytesOfCurrentFile, n);
        if (!file.Gzip)
        {
            return new CountingStream(stream, counted);
        }

        try
        {
            return new CheckedGzipStream(stream, counted);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static string Classify(Exception e) => e switch
    {
        TruncatedGzipException => RejectReasons.TruncatedGzip,
        InvalidDataException => RejectReasons.CorruptGzip,
        CsvFormatException => RejectReasons.MalformedCsv,
        _ => RejectReasons.Unreadable,
    };
}
