namespace NewsNlp.Repair;

/// <summary>
/// Markdown code: text between matching backtick runs on one line (`newsnlp eval quotes`, `README.md`)
/// and fenced blocks (a line opening with three backticks up to the next such line). Commands and file
/// names are written as their authors typed them, so casing and spelling leave their words alone ("eval"
/// is no typo of "evil", "README.md" no sentence ending before "Md").
/// </summary>
internal static class CodeSpans
{
    private const int FenceLength = 3;

    // Inline code longer than this is no command or file name.
    private const int MaxInlineLength = 500;

    /// <summary>Adds the code spans of <paramref name="text"/> to <paramref name="spans"/> as [start, end) ranges, in text order.</summary>
    public static void Find(string text, List<(int Start, int End)> spans)
    {
        for (var i = text.IndexOf('`'); i >= 0 && i < text.Length; i = NextBacktick(text, i))
        {
            var run = RunLength(text, i);
            var end = run >= FenceLength && (i == 0 || text[i - 1] == '\n') ? FenceEnd(text, i + run) : InlineEnd(text, i + run, run);
            if (end < 0)
            {
                i += run;
                continue;
            }

            spans.Add((i, end));
            i = end;
        }
    }

    /// <summary>Marks the words of <paramref name="text"/> inside code as protected.</summary>
    public static void Protect(string text, List<WordToken> words)
    {
        if (!text.Contains('`'))
        {
            return;
        }

        var spans = new List<(int Start, int End)>();
        Find(text, spans);
        var w = 0;
        foreach (var (start, end) in spans)
        {
            while (w < words.Count && words[w].Start < start)
            {
                w++;
            }

            for (; w < words.Count && words[w].End <= end; w++)
            {
                words[w] = words[w] with { Flags = words[w].Flags | WordFlags.Protected };
            }
        }
    }

    private static int NextBacktick(string text, int from)
    {
        var next = from < text.Length ? text.AsSpan(from).IndexOf('`') : -1;
        return next < 0 ? -1 : from + next;
    }

    private static int RunLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '`')
        {
            end++;
        }

        return end - start;
    }

    // The end of a closing run of exactly `run` backticks on the same line and within MaxInlineLength,
    // or -1. The bound keeps a long line of unmatched backticks linear.
    private static int InlineEnd(string text, int from, int run)
    {
        var limit = Math.Min(text.Length, from + MaxInlineLength);
        var i = from;
        while (i < limit)
        {
            var next = text.AsSpan(i, limit - i).IndexOfAny('`', '\n');
            if (next < 0 || text[i + next] == '\n')
            {
                return -1;
            }

            var start = i + next;
            var length = RunLength(text, start);
            if (length == run)
            {
                return start + length;
            }

            i = start + length;
        }

        return -1;
    }

    // The end of the closing fence line, or -1 when the block is never closed (then only its opening
    // line is code: a stray fence must not silence the rest of an article).
    private static int FenceEnd(string text, int from)
    {
        var close = text.IndexOf("\n```", from, StringComparison.Ordinal);
        if (close < 0)
        {
            var lineEnd = text.IndexOf('\n', from);
            return lineEnd < 0 ? text.Length : lineEnd;
        }

        var end = text.IndexOf('\n', close + 1);
        return end < 0 ? text.Length : end;
    }
}
