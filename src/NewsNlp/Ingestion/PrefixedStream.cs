namespace NewsNlp.Ingestion;

/// <summary>
/// Replays bytes already read from a stream before the rest of it, so the start of a non-seekable stream
/// (gzip) can be inspected for its encoding and then read as if untouched.
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream inner) : ReadOnlyStream
{
    private int _prefixPosition;

    /// <summary>Reads up to <paramref name="size"/> bytes from the start of <paramref name="inner"/> and wraps it.</summary>
    public static (PrefixedStream Stream, ReadOnlyMemory<byte> Prefix) Peek(Stream inner, int size)
    {
        var buffer = new byte[size];
        var length = inner.ReadAtLeast(buffer, size, throwOnEndOfStream: false);
        return (new PrefixedStream(buffer, length, inner), buffer.AsMemory(0, length));
    }

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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
