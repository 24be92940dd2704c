using System.Text;

namespace NewsNlp.Ingestion;

/// <summary>
/// Opens a many-record file (jsonl, csv) as text without reading it whole: the first 64 KB decide the
/// encoding, and bytes that later turn out undecodable are counted so the records holding them are rejected.
/// </summary>
internal sealed class StreamedText : IDisposable
{
    private const int SniffBytes = 64 * 1024;

    private readonly CountingDecoderFallback _fallback = new();

    private StreamedText(TextReader reader, bool windows1252)
    {
        Reader = reader;
        IsWindows1252 = windows1252;
    }

    public TextReader Reader { get; private set; } = TextReader.Null;

    public bool IsWindows1252 { get; }

    /// <summary>The text, or the reason the file is not text (binary or undecodable).</summary>
    public static (StreamedText? Text, string? Error) Open(Stream stream)
    {
        var (replay, prefix) = PrefixedStream.Peek(stream, SniffBytes);
        var (encoding, error) = TextDecoding.Detect(prefix.Span, complete: false);
        if (encoding is null)
        {
            replay.Dispose();
            return (null, error);
        }

        var windows1252 = TextDecoding.IsWindows1252(encoding);
        var text = new StreamedText(TextReader.Null, windows1252);
        var counted = (Encoding)encoding.Clone();
        counted.DecoderFallback = text._fallback;
        text.Reader = new StreamReader(replay, counted, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return (text, null);
    }

    /// <summary>True when <paramref name="value"/> may hold a replacement for undecodable bytes.</summary>
    public bool MayBeDamaged(string value) => _fallback.Count > 0 && value.Contains('\uFFFD', StringComparison.Ordinal);

    public void Dispose() => Reader.Dispose();
}
