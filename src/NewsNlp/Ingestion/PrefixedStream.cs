namespace NewsNlp.Ingestion;

/// <summary>
/// Replays bytes already read from a stream before the rest of it, so the start of a non-seekable stream
/// (gzip) can be inspected for its encoding and then read as if untouched.
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream inner) : Stream
{
    private int _prefixPosition;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Reads up to <paramref name="size"/> bytes from the start of <paramref name="inner"/> and wraps it.</summary>
    public static (PrefixedStream Stream, ReadOnlyMemory<byte> Prefix) Peek(Stream inner, int size)
    {
        var buffer = new byte[size];
        var length = inner.ReadAtLeast(buffer, size, throwOnEndOfStream: false);
        return (new PrefixedStream(buffer, length, inner), buffer.AsMemory(0, length));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefixPosition < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _prefixPosition);
            prefix.AsSpan(_prefixPosition, n).CopyTo(buffer);
            _prefixPosition += n;
            return n;
        }

        return inner.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
