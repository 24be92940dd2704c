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
/// such as "U.S." or "Mr.") and a space, at a line start (list markers like "1." skipped), at a table
/// cell, and after a colon that follows a speaker's name in capitals or precedes a quotation. Words inside links are marked protected. Training and repair share it, so the truecaser sees
/// the same words and boundaries in both.
/// </summary>
internal static class WordScanner
{
    // Where a space-free chunk ends (plain white space) or may turn out to be a link (. : @).
    private static readonly System.Buffers.SearchValues<char> ChunkStops = System.Buffers.SearchValues.Create(" \n\r\t.:@");

    public static void Scan(string text, List<WordToken> words)
    {
        var atStart = true;
        var pendingEnd = false;
        var lineStart = true;

        // A quotation ending in ? or ! and closed ('…from here?” said Mr. Farage') is often followed by its
        // attribution in lower case, which does not start a sentence; so is an ellipsis, which marks words
        // left out mid-sentence ("an incredible insensitivity … to the prevalence").
        var lowerMayContinue = false;
        var pipeInLine = false;
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
                    pipeInLine = false;
                    atStart = true;
                    lineStart = true;
                    attributionPossible = false;
                }
                else if (pendingEnd)
                {
                    atStart = true;
                    attributionPossible = lowerMayContinue;
                }

                lowerMayContinue = false;

                pendingEnd = false;
                i++;
                continue;
            }

            if (i >= chunkEnd)
            {
                (chunkEnd, chunkIsLink) = Chunk(text, i);
            }

            if (char.IsLetterOrDigit(c))
            {
                var end = WordEnd(text, i, out var flags);
                var isListMarker = lineStart && IsDigits(text, i, end) && end < text.Length && text[end] is '.' or ')';
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
                lowerMayContinue = false;
                attributionPossible = false;
                i = end;
                continue;
            }

            switch (c)
            {
                case '.':
                    var spacedEllipsis = i >= 2 && text[i - 1] == ' ' && text[i - 2] == '.';
                    pendingEnd = spacedEllipsis || !Abbreviations.EndsAbbreviation(text, i);
                    lowerMayContinue = spacedEllipsis || (i >= 2 && text[i - 1] == '.' && text[i - 2] == '.');
                    break;
                case '!' or '?' or '…':
                    pendingEnd = true;
                    lowerMayContinue = c == '…';
                    break;
                case '|':
                    // A table row has two bars or more; a lone one mid-sentence ("New Zealand | that all
                    // salt", a transcript's mark) starts no cell. Only a line's first bar looks ahead.
                    atStart |= pipeInLine || text.AsSpan(i + 1).IndexOfAny('|', '\n') is var next && next >= 0 && text[i + 1 + next] == '|';
                    pipeInLine = true;
                    break;
                case ')' or ']' or '”' or '’' or '"' or '\'':
                    lowerMayContinue |= pendingEnd && c is not (')' or ']') && i > 0 && text[i - 1] is '?' or '!';
                    break;
                case ',' or ';':
                    atStart = false;
                    pendingEnd = false;
                    break;
                case ':':
                    atStart = StartsAfterColon(text, i, words);
                    pendingEnd = false;
                    break;
                default:
                    pendingEnd = false;
                    break;
            }

            i++;
        }

        ProtectAccountNames(text, words);
    }

    // A colon introduces a sentence in two places news text capitalises nearly always: after a speaker's
    // name in capitals ("TAPPER: If you", 99 of 99 in NewsMTSC train) and before a quotation ('said: “We',
    // 197 of 199). Elsewhere it often does not ("the question: how"), so the next word starts nothing.
    private static bool StartsAfterColon(string text, int colon, List<WordToken> words)
    {
        if (colon + 2 >= text.Length || text[colon + 1] != ' ')
        {
            return false;
        }

        if (text[colon + 2] is '“' or '"')
        {
            return true;
        }

        // "BANNON: -- no, no" continues an interrupted sentence.
        return char.IsLetter(text[colon + 2]) && words.Count > 0 && words[^1].End == colon && words[^1].Is(WordFlags.Upper) && words[^1].Length >= 2;
    }

    // The longest display name before "(@handle)" that is protected.
    private const int MaxAccountName = 60;

    // An embedded tweet signs off with the account's display name and handle ("— lyz lenz (@lyzl) November
    // 7, 2017"): the name is written as its owner chose, so casing and spelling leave it alone. The name
    // runs back from " (@" to a dash or the line start.
    private static void ProtectAccountNames(string text, List<WordToken> words)
    {
        var w = 0;
        for (var at = text.IndexOf(" (@", StringComparison.Ordinal); at > 0; at = text.IndexOf(" (@", at + 3, StringComparison.Ordinal))
        {
            var start = Math.Max(0, at - MaxAccountName);
            var stop = text.AsSpan(start, at - start).LastIndexOfAny('\n', '—', '–');
            if (stop < 0 && start > 0)
            {
                continue;
            }

            start += stop + 1;
            while (w < words.Count && words[w].End <= start)
            {
                w++;
            }

            for (var k = w; k < words.Count && words[k].End <= at; k++)
            {
                words[k] = words[k] with { Flags = words[k].Flags | WordFlags.Protected };
            }
        }
    }

    // A space-free chunk ends at the next white space; it can hold a link only if it has a dot, colon or
    // at sign, so a chunk that reaches a plain space first is no link and is not looked at further.
    private static (int End, bool IsLink) Chunk(string text, int start)
    {
        var stop = text.AsSpan(start).IndexOfAny(ChunkStops);
        if (stop < 0 || text[start + stop] is ' ' or '\n' or '\r' or '\t')
        {
            return (stop < 0 ? text.Length : start + stop, false);
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (end, LinkDetector.IsLink(text.AsSpan(start, end - start)));
    }

    // The end of the word starting at start, and its case shape, in one pass over its characters.
    private static int WordEnd(string text, int start, out WordFlags shape)
    {
        var counts = default(CaseCounts);
        counts.Add(text[start]);
        var end = start + 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c))
            {
                counts.Add(c);
                end++;
            }
            else if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                end++;
            }
            else if ((c is '\'' or '’') && end + 1 < text.Length && char.IsLetter(text[end + 1]))
            {
                counts.Add(text[end + 1]);
                end += 2;
            }
            else
            {
                break;
            }
        }

        shape = counts.Shape(char.IsUpper(text[start]));
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
        var counts = default(CaseCounts);
        foreach (var ch in word)
        {
            counts.Add(ch);
        }

        return counts.Shape(!word.IsEmpty && char.IsUpper(word[0]));
    }

    // Capitals, lower-case letters and digits of a word, counted as it is read.
    private struct CaseCounts
    {
        private int _upper;
        private int _lower;
        private int _digits;

        public void Add(char c)
        {
            if (char.IsUpper(c))
            {
                _upper++;
            }
            else if (char.IsLower(c))
            {
                _lower++;
            }
            else if (char.IsDigit(c))
            {
                _digits++;
            }
        }

        public readonly WordFlags Shape(bool firstIsUpper)
        {
            var flags = _digits > 0 ? WordFlags.HasDigit : WordFlags.None;
            if (_upper == 0 && _lower > 0)
            {
                return flags | WordFlags.Lower;
            }

            if (_upper == 1 && firstIsUpper)
            {
                return flags | WordFlags.Title;
            }

            return _upper >= 2 && _lower == 0 ? flags | WordFlags.Upper : flags;
        }
    }
}
