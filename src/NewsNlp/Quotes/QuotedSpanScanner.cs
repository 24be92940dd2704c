namespace NewsNlp.Quotes;

/// <summary>
/// A stretch of text between quotation marks. <see cref="Run"/> groups the pieces of one quotation that
/// goes on over several paragraphs (each paragraph opens with a mark and only the last one closes it).
/// <see cref="Unclosed"/> marks a quotation its paragraph ended without closing (kept only when attributed).
/// </summary>
public readonly record struct QuotedSpan(int OpenMark, int CloseMark, int ContentStart, int ContentEnd, bool IsDouble, int Run, bool Unclosed = false)
{
    public int ContentLength => ContentEnd - ContentStart;
}

/// <summary>
/// Finds quotations in one left-to-right pass with O(1) state: no backtracking and no recursion, so a
/// hundred thousand marks or an unclosed mark cost linear time. A quotation never crosses a paragraph
/// end unless the next paragraph reopens it; an unclosed mark is dropped at the paragraph end. Marks of
/// the other kind inside a quotation (nested quotes, apostrophes) belong to its content.
/// </summary>
public static class QuotedSpanScanner
{
    public static List<QuotedSpan> Scan(string text)
    {
        var found = new List<QuotedSpan>();
        var open = -1;
        var openDouble = false;
        var run = 0;
        var pos = 0;
        var paragraphStart = 0;
        var doubleInParagraph = false;
        while (pos <= text.Length)
        {
            var rel = pos < text.Length ? text.AsSpan(pos).IndexOfAny(QuoteMarks.All) : -1;
            var i = rel < 0 ? text.Length : pos + rel;
            if (i == text.Length || text[i] == '\n')
            {
                if (open >= 0 && openDouble && ReopensNextParagraph(text, i, out var reopen))
                {
                    // A quotation running over paragraphs: keep this paragraph's piece, go on with the next.
                    Add(found, text, open, i, openDouble, run, isParagraphEnd: true);
                    open = reopen;
                    pos = reopen + 1;
                    continue;
                }

                if (open >= 0 && openDouble && ClosesInNextParagraph(text, i))
                {
                    // A quotation running over a paragraph break without new marks is one quotation.
                    pos = i + 1;
                    continue;
                }

                if (open >= 0)
                {
                    // The paragraph ended the quotation ("… said, “A. B." then an image caption): keep it, marked.
                    Add(found, text, open, i, openDouble, run, isParagraphEnd: true, unclosed: openDouble);
                    run++;
                }

                open = -1;
                pos = i + 1;
                paragraphStart = pos;
                doubleInParagraph = false;
                continue;
            }

            var c = text[i];
            var role = QuoteMarks.Classify(text, i);
            if (open < 0)
            {
                if ((role & MarkRole.Open) != 0 || IsGluedOpener(text, i))
                {
                    open = i;
                    openDouble = QuoteMarks.IsDouble(c);
                }
                else if (role == MarkRole.Close && QuoteMarks.IsDouble(c) && !doubleInParagraph && (EndsParagraph(text, i) || (i > 0 && text[i - 1] is ',' or '?' or '!' or '.' or '…')))
                {
                    // "… never ceased fighting for his beliefs.”" or "… we’ll keep going,” she said." with no
                    // opener: the paragraph so far is the end of a quotation whose opening was cut off (a sentence
                    // taken out of its article).
                    Add(found, text, paragraphStart - 1, i, isDouble: true, run, isParagraphEnd: false);
                    run++;
                }
            }
            else if (openDouble == QuoteMarks.IsDouble(c) && (role & MarkRole.Close) != 0 && role != MarkRole.None)
            {
                Add(found, text, open, i, openDouble, run, isParagraphEnd: false);
                run++;
                open = -1;
            }
            else if (openDouble == QuoteMarks.IsDouble(c) && role == MarkRole.Open)
            {
                // Two openers of one kind in a row: the earlier mark was stray, start over here.
                run++;
                open = i;
            }

            doubleInParagraph |= QuoteMarks.IsDouble(c);
            pos = i + 1;
        }

        return found;
    }

    /// <summary>
    /// Quotations between single marks inside a double-quoted <paramref name="outer"/> ("“… [Mary Stone] said,
    /// look, ‘This is a question …’”"): the words of someone the speaker quotes. One pass over the outer
    /// content; a nested mark left open runs to the end of that content (the sentence was cut there).
    /// Each gets a run of its own, numbered from <paramref name="firstRun"/>.
    /// </summary>
    public static IEnumerable<QuotedSpan> Nested(string text, QuotedSpan outer, int firstRun)
    {
        if (!outer.IsDouble)
        {
            yield break;
        }

        var run = firstRun;
        var open = -1;
        var pos = outer.ContentStart;
        while (pos < outer.ContentEnd)
        {
            var rel = text.AsSpan(pos, outer.ContentEnd - pos).IndexOfAny(QuoteMarks.Singles);
            if (rel < 0)
            {
                break;
            }

            var i = pos + rel;
            var role = QuoteMarks.Classify(text, i);
            if (open < 0 && (role & MarkRole.Open) != 0)
            {
                open = i;
            }
            else if (open >= 0 && (role & MarkRole.Close) != 0 && TrimmedContent(text, open, i) is var (start, end) && end > start)
            {
                yield return new QuotedSpan(open, i, start, end, IsDouble: false, run++);
                open = -1;
            }

            pos = i + 1;
        }

        if (open >= 0 && TrimmedContent(text, open, outer.ContentEnd) is var (from, to) && to > from)
        {
            yield return new QuotedSpan(open, -1, from, to, IsDouble: false, run, Unclosed: true);
        }
    }

    /// <summary>
    /// A straight mark glued to the comma or colon before it and followed by a space (`said," For example …".`)
    /// looks like a closer, but with no quotation open it can only open one: the writer misplaced the space.
    /// It needs a mark after it in its paragraph to close what it opens; without one (`… great again," Trump
    /// said.`) it closes a quotation whose opening was cut off.
    /// </summary>
    private static bool IsGluedOpener(string text, int i) =>
        text[i] == '"' && i > 0 && text[i - 1] is ',' or ':' && i + 2 < text.Length && text[i + 1] == ' ' && !char.IsWhiteSpace(text[i + 2])
        && DoubleMarkFollowsInParagraph(text, i + 1);

    /// <summary>Whether a double mark comes at or after <paramref name="from"/> before the paragraph ends (stops at the first mark, so scans stay linear).</summary>
    private static bool DoubleMarkFollowsInParagraph(string text, int from)
    {
        for (var j = from; j < text.Length && text[j] != '\n'; j++)
        {
            if (QuoteMarks.IsDouble(text[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only spaces follow position <paramref name="i"/> up to the paragraph's end.</summary>
    private static bool EndsParagraph(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r')
        {
            j++;
        }

        return j == text.Length || text[j] == '\n';
    }

    private static bool ReopensNextParagraph(string text, int newline, out int mark)
    {
        mark = -1;
        var j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r')
        {
            j++;
        }

        if (j >= text.Length || !QuoteMarks.IsDouble(text[j]) || (QuoteMarks.Classify(text, j) & MarkRole.Open) == 0)
        {
            return false;
        }

        mark = j;
        return true;
    }

    /// <summary>
    /// Whether the next paragraph's first double mark can only close: then the open quotation goes on
    /// through it. Looks at one paragraph only, so the scan stays linear.
    /// </summary>
    private static bool ClosesInNextParagraph(string text, int newline)
    {
        if (newline >= text.Length)
        {
            return false;
        }

        var next = text.AsSpan(newline + 1);
        var end = next.IndexOf('\n');
        var paragraph = end < 0 ? next : next[..end];
        for (var j = 0; j < paragraph.Length; j++)
        {
            if (QuoteMarks.IsDouble(paragraph[j]))
            {
                return QuoteMarks.Classify(text, newline + 1 + j) == MarkRole.Close;
            }
        }

        return false;
    }

    private static void Add(List<QuotedSpan> found, string text, int open, int close, bool isDouble, int run, bool isParagraphEnd, bool unclosed = false)
    {
        var (start, end) = TrimmedContent(text, open, close);
        if (end > start)
        {
            found.Add(new QuotedSpan(open, isParagraphEnd ? -1 : close, start, end, isDouble, run, unclosed));
        }
    }

    /// <summary>
    /// The content between the marks at <paramref name="open"/> and <paramref name="close"/>: the comma
    /// before a closing mark ("…,” he said) belongs to the attribution, and a final stop is punctuation of
    /// the sentence, not content; "?" and "!" stay.
    /// </summary>
    private static (int Start, int End) TrimmedContent(string text, int open, int close)
    {
        var start = open + 1;
        var end = close;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.' or ';' or ':'))
        {
            end--;
        }

        return (start, end);
    }
}
