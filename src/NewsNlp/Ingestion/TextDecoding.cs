using System.Text;

namespace NewsNlp.Ingestion;

/// <summary>
/// Decides how the bytes of a record are text: UTF-8 (with or without BOM), UTF-16 with a BOM, or — only
/// when that is unambiguous — Windows-1252. Anything else is not text we can trust.
/// </summary>
public static class TextDecoding
{
    // Byte values Windows-1252 leaves undefined: their presence means the text is not 1252.
    private static ReadOnlySpan<byte> Undefined1252 => [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Cp1252 = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? throw new InvalidOperationException("Windows-1252 is not available."));

    public static Encoding Windows1252 => Cp1252.Value;

    /// <summary>The encoding of <paramref name="bytes"/> (a whole document or the start of a stream), or an error.</summary>
    /// <param name="bytes">The bytes to inspect.</param>
    /// <param name="complete">False when the bytes are a prefix: a multi-byte sequence cut at the end is then fine.</param>
    public static (Encoding? Encoding, string? Error) Detect(ReadOnlySpan<byte> bytes, bool complete)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, null);
        }

        if (LooksBinary(bytes))
        {
            return (null, "binary");
        }

        if (IsUtf8(bytes, complete))
        {
            return (StrictUtf8, null);
        }

        if (bytes.IndexOfAny(Undefined1252) >= 0)
        {
            return (null, "neither UTF-8 nor Windows-1252 (bytes undefined in Windows-1252)");
        }

        return (Windows1252, null);
    }

    /// <summary>NUL bytes or many control characters in the first 8 KB: an image, an archive, an executable.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        return controls * 20 > head.Length; // more than 5%
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return true;
        }

        if (complete)
        {
            return false;
        }

        // A prefix may end inside a multi-byte sequence: drop up to 3 trailing bytes of it.
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(bytes[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Decodes whole-document bytes, dropping a BOM.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var preamble = encoding.Preamble;
        if (encoding is UTF8Encoding && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (preamble.Length > 0 && bytes.StartsWith(preamble))
        {
            bytes = bytes[preamble.Length..];
        }

        return encoding.GetString(bytes);
    }

    public static bool IsWindows1252(Encoding encoding) => encoding.CodePage == 1252;
}
