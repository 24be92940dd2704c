namespace NewsNlp.Ingestion;

/// <summary>Passes reads through and reports how many bytes went by, for progress within a large file.</summary>
internal sealed class CountingStream(Stream inner, Action<int> counted) : ReadOnlyStream
{
    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        counted(n);
        return n;
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
