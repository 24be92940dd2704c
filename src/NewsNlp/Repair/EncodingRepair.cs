using System.Buffers;
using System.Globalization;
using System.Net;
using NewsNlp.Documents;

namespace NewsNlp.Repair;

/// <summary>
/// Undoes encoding damage: UTF-8 bytes that were decoded as Windows-1252 or Latin-1 ("â€™" → "’",
/// "Ã©" → "é"), HTML entities ("&amp;" → "&"), and decomposed letters (NFC). Typographic quotes are kept
/// as they are: quote extraction relies on them.
/// </summary>
internal static class EncodingRepair
{
    // Windows-1252 bytes 0x80–0x9F as characters (the rest of 0xA0–0xFF agrees with Latin-1); '\0' = undefined.
    private const string Cp1252High = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(Enumerable.Range(0, 128).Where(c => c != '&').Select(c => (char)c).ToArray());

    public static void Propose(string text, List<PendingEdit> edits)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Plain ASCII other than '&' needs nothing: skip it in bulk.
            var skip = text.AsSpan(i).IndexOfAnyExcept(PlainAscii);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c is >= '\u00C2' and <= '\u00F4')
            {
                var length = MojibakeLength(text, i, out var repaired);
                if (length > 0)
                {
                    edits.Add(new PendingEdit(i, i + length, repaired, EditKind.Encoding, "mojibake", 0.99));
                    i += length;
                    continue;
                }
            }
            else if (c == '&')
            {
                var length = EntityLength(text, i, out var decoded);
                if (length > 0)
                {
                    edits.Add(new PendingEdit(i, i + length, decoded, EditKind.Encoding, "html-entity", 0.99));
                    i += length;
                    continue;
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                // Only combining marks make text non-NFC in practice; compose the letter before them.
                i = ProposeNormalisation(text, i, edits);
                continue;
            }

            i++;
        }
    }

    private static int MojibakeLength(string text, int start, out string repaired)
    {
        repaired = string.Empty;
        var lead = text[start];
        var needed = lead >= '\u00F0' ? 3 : lead >= '\u00E0' ? 2 : 1;
        if (start + needed >= text.Length)
        {
            return 0;
        }

        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = (byte)lead;
        for (var k = 1; k <= needed; k++)
        {
            var b = ByteOf(text[start + k]);
            if (b is < 0x80 or > 0xBF)
            {
                return 0;
            }

            bytes[k] = (byte)b;
        }

        Span<char> decoded = stackalloc char[2];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes[..(needed + 1)], decoded, out var read, out var written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done || read != needed + 1 || written == 0 || decoded[0] < '\u0080')
        {
            return 0;
        }

        repaired = new string(decoded[..written]);
        return needed + 1;
    }

    /// <summary>The byte a character stands for when text was decoded as Windows-1252 or Latin-1; -1 if none.</summary>
    private static int ByteOf(char c)
    {
        if (c is >= '\u0080' and <= '\u00FF')
        {
            return c;
        }

        var index = Cp1252High.IndexOf(c);
        return index >= 0 && c != '\0' ? 0x80 + index : -1;
    }

    private static int EntityLength(string text, int start, out string decoded)
    {
        decoded = string.Empty;
        var semicolon = text.IndexOf(';', start + 1, Math.Min(12, text.Length - start - 1));
        if (semicolon < 0)
        {
            return 0;
        }

        var body = text.AsSpan(start + 1, semicolon - start - 1);
        if (body.IsEmpty || !(char.IsAsciiLetter(body[0]) || body[0] == '#'))
        {
            return 0;
        }

        foreach (var ch in body[1..])
        {
            if (!char.IsAsciiLetterOrDigit(ch))
            {
                return 0;
            }
        }

        var entity = text.Substring(start, semicolon - start + 1);
        decoded = WebUtility.HtmlDecode(entity);
        if (decoded == entity || decoded.Length == 0 || decoded.Contains('\0'))
        {
            return 0;
        }

        // A non-breaking space becomes a plain one: later repairs and tokenizers treat both alike.
        decoded = decoded.Replace('\u00A0', ' ');
        return entity.Length;
    }

    // A combining mark after a Latin letter that has a precomposed form becomes that form (NFC).
    private static int ProposeNormalisation(string text, int index, List<PendingEdit> edits)
    {
        if (index > 0 && !char.IsSurrogate(text[index]))
        {
            var composed = LatinComposition.Compose(text[index - 1], text[index]);
            if (composed != '\0')
            {
                edits.Add(new PendingEdit(index - 1, index + 1, composed.ToString(), EditKind.Encoding, "nfc", 0.99));
            }
        }

        return index + 1;
    }
}
