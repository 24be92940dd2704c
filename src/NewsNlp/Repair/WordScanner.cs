namespace NewsNlp.Repair;

/// <summary>How a word is written, and where it stands.</summary>
[Flags]
internal enum WordFlags : byte
{
    None = 0,

    /// <summary>First word of a sentence, a line or a table cell.</summary>
    SentenceStart = 1,

    /// <summary>Only lower-case letters (the words casing and spelling may change).</summary>
    Lower = 2,

    /// <summary>A capital, then lower case ("Russia").</summary>
    Title = 4,

    /// <summary>Two or more capitals and no lower case ("NATO").</summary>
    Upper = 8,

    /// <summary>Part of a URL, e-mail address or domain: never changed.</summary>
    Protected = 16,

    HasDigit = 32,

    /// <summary>In a heading written in title case: its case style is left alone.</summary>
    Heading = 64,
}

/// <summary>A word of the text (letters and digits, with inner apostrophes: "Ukraine’s", "wasn’t").</summary>
internal readonly record struct WordToken(int Start, int End, WordFlags Flags)
{
    public int Length => End - Start;

    public bool Is(WordFlags flag) => (Flags & flag) != 0;
}

/// <summary>
/// Splits text into words in one pass and marks sentence starts: after . ! ? (not after an abbreviation
/// such as "U.S." or "Mr.") and a space, at a line start (list markers like "1." skipped) and at a table
/// cell. Words inside links are marked protected. Training and repair share it, so the truecaser sees
/// the same words and boundaries in both.
/// </summary>
internal static class WordScanner
{
    public static void Scan(string text, List<WordToken> words)
    {
        var atStart = true;
        var pendingEnd = false;
        var lineStart = true;

        // A quotation ending in ? or ! and closed ('…from here?” said Mr. Farage') is often followed by its
        // attribution in lower case, which does not start a sentence.
        var questionQuoted = false;
        var attributionPossible = false;
        var chunkEnd = -1;
        var chunkIsLink = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    atStart = true;
                    lineStart = true;
                    attributionPossible = false;
                }
                else if (pendingEnd)
                {
                    atStart = true;
                    attributionPossible = questionQuoted;
                }

                questionQuoted = false;

                pendingEnd = false;
                i++;
                continue;
            }

            if (i >= chunkEnd)
            {
                chunkEnd = i;
                while (chunkEnd < text.Length && !char.IsWhiteSpace(text[chunkEnd]))
                {
                    chunkEnd++;
                }

                chunkIsLink = LinkDetector.IsLink(text.AsSpan(i, chunkEnd - i));
            }

            if (char.IsLetterOrDigit(c))
            {
                var end = WordEnd(text, i);
                var isListMarker = lineStart && IsDigits(text, i, end) && end < text.Length && text[end] is '.' or ')';
                var flags = Shape(text.AsSpan(i, end - i));
                if (atStart && !isListMarker && !(attributionPossible && (flags & WordFlags.Lower) != 0))
                {
                    flags |= WordFlags.SentenceStart;
                }

                if (chunkIsLink)
                {
                    flags |= WordFlags.Protected;
                }

                words.Add(new WordToken(i, end, flags));
                if (!isListMarker)
                {
                    atStart = false;
                    lineStart = false;
                }
                else
                {
                    // Skip the marker's period so it does not count as a sentence end.
                    end++;
                }

                pendingEnd = false;
                questionQuoted = false;
                attributionPossible = false;
                i = end;
                continue;
            }

            switch (c)
            {
                case '.':
                    // A spaced ellipsis (". . .") marks words left out, usually mid-sentence.
                    pendingEnd = !Abbreviations.EndsAbbreviation(text, i) && !(i >= 2 && text[i - 1] == ' ' && text[i - 2] == '.');
                    questionQuoted = false;
                    break;
                case '!' or '?' or '…':
                    pendingEnd = true;
                    questionQuoted = false;
                    break;
                case '|':
                    atStart = true;
                    break;
                case ')' or ']' or '”' or '’' or '"' or '\'':
                    questionQuoted |= pendingEnd && c is not (')' or ']') && i > 0 && text[i - 1] is '?' or '!';
                    break;
                case ',' or ';' or ':':
                    atStart = false;
                    pendingEnd = false;
                    break;
                default:
                    pendingEnd = false;
                    break;
            }

            i++;
        }
    }

    private static int WordEnd(string text, int start)
    {
        var end = start + 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                end++;
            }
            else if ((c is '\'' or '’') && end + 1 < text.Length && char.IsLetter(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool IsDigits(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return end - start <= 3;
    }

    /// <summary>The case shape of a word.</summary>
    public static WordFlags Shape(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0, digits = 0;
        foreach (var ch in word)
        {
            if (char.IsUpper(ch))
            {
                upper++;
            }
            else if (char.IsLower(ch))
            {
                lower++;
            }
            else if (char.IsDigit(ch))
            {
                digits++;
            }
        }

        var flags = digits > 0 ? WordFlags.HasDigit : WordFlags.None;
        if (upper == 0 && lower > 0)
        {
            return flags | WordFlags.Lower;
        }

        if (upper == 1 && char.IsUpper(word[0]))
        {
            return flags | WordFlags.Title;
        }

        return upper >= 2 && lower == 0 ? flags | WordFlags.Upper : flags;
    }
}
