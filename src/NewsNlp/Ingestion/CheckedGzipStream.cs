using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsNlp.Ingestion;

/// <summary>Raised when a gzip file ends before its data does.</summary>
public sealed class TruncatedGzipException(string message) : IOException(message);

/// <summary>
/// Decompresses a gzip file and fails at the end when the data is cut short. .NET's GZipStream just stops
/// at the end of a truncated file, so the decompressed length is checked against the gzip trailer's ISIZE
/// (length mod 2^32). In a multi-member file (<c>cat a.gz b.gz</c>) the trailer describes only the last
/// member, so a mismatch is confirmed by <see cref="GzipLastMember"/> before it is called truncation.
/// </summary>
public sealed class CheckedGzipStream : ReadOnlyStream
{
    // Header (10) + empty deflate block (2) + trailer (8).
    internal const int MinimumGzipLength = 20;

    private readonly GZipStream _gzip;
    private readonly string _path;
    private readonly uint? _expectedLength;
    private long _total;

    /// <param name="file">The gzip file, seekable so its trailer can be read first.</param>
    /// <param name="counted">Told how many compressed bytes each read consumed.</param>
    public CheckedGzipStream(FileStream file, Action<int>? counted = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        _path = file.Name;
        if (file.Length >= MinimumGzipLength)
        {
            Span<byte> trailer = stackalloc byte[4];
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(trailer);
            file.Seek(0, SeekOrigin.Begin);
            _expectedLength = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        }

        Stream source = counted is null ? file : new CountingStream(file, counted);
        _gzip = new GZipStream(source, CompressionMode.Decompress, leaveOpen: false);
    }

    public override int Read(Span<byte> buffer)
    {
        if (_expectedLength is null)
        {
            throw new TruncatedGzipException("file too short to be gzip");
        }

        var n = _gzip.Read(buffer);
        _total += n;
        if (n == 0 && buffer.Length > 0 && (uint)_total != _expectedLength.Value
            && !GzipLastMember.IsComplete(_path, _expectedLength.Value))
        {
            throw new TruncatedGzipException($"gzip data ends after {_total} bytes; the trailer announces {_expectedLength.Value}");
        }

        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }
}
