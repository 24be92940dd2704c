namespace NewsNlp.Repair;

/// <summary>The layout role of one line of article text.</summary>
internal enum LineKind
{
    Blank,
    Heading,
    Paragraph,
    ListItem,
    TableRow,
    TableSeparator,
}

/// <summary>One line: its range without the line break, and its role.</summary>
internal readonly record struct Line(int Start, int End, LineKind Kind)
{
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>
/// Splits text into lines and decides what each is: markdown table rows, list items ("- ", "1. "),
/// headings (a "#" line, or a short line without sentence punctuation) and paragraphs. Articles in
/// archives keep one paragraph per line, so lines are the unit of structure.
/// </summary>
internal static class LineClassifier
{
    private const int MaxHeadingWords = 20;
    private const int MaxHeadingChars = 160;

    public static List<Line> Classify(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add(new Line(start, contentEnd, KindOf(text.AsSpan(start, contentEnd - start))));
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return lines;
    }

    /// <summary>The range after the line's list marker ("- ", "• ", "3. "); the line itself when it has none.</summary>
    public static int ContentStart(string text, Line line)
    {
        var span = line.Of(text);
        var marker = ListMarkerLength(span);
        var i = marker;
        while (i < span.Length && span[i] == ' ')
        {
            i++;
        }

        return line.Start + i;
    }

    /// <summary>True when most longer words of the line start with a capital ("Key Concessions and Ongoing Discussions").</summary>
    public static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        int words = 0, capitalised = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range].Trim("\"'“‘(-–");
            if (word.Length < 4 || !char.IsLetter(word[0]))
            {
                continue;
            }

            words++;
            capitalised += char.IsUpper(word[0]) ? 1 : 0;
        }

        return words > 0 && capitalised * 2 >= words;
    }

    private static LineKind KindOf(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty)
        {
            return LineKind.Blank;
        }

        if (trimmed[0] == '|' && trimmed.Length > 1 && trimmed[^1] == '|')
        {
            return trimmed.ContainsAnyExcept("|-: ") ? LineKind.TableRow : LineKind.TableSeparator;
        }

        if (trimmed[0] == '#')
        {
            return LineKind.Heading;
        }

        if (ListMarkerLength(trimmed) > 0)
        {
            return LineKind.ListItem;
        }

        return LooksLikeHeading(trimmed) ? LineKind.Heading : LineKind.Paragraph;
    }

    private static bool LooksLikeHeading(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxHeadingChars || !char.IsLetterOrDigit(line[0]) && line[0] is not ('“' or '"' or '‘' or '\''))
        {
            return false;
        }

        if (line[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '”' or '"' or '…' or ')' or '’' or '\'')
        {
            return false;
        }

        return line.Count(' ') < MaxHeadingWords && line.IndexOf(". ", StringComparison.Ordinal) < 0;
    }

    private static int ListMarkerLength(ReadOnlySpan<char> line)
    {
        var lead = 0;
        while (lead < line.Length && line[lead] == ' ')
        {
            lead++;
        }

        var rest = line[lead..];
        if (rest.Length >= 2 && rest[0] is '-' or '*' or '•' or '–' && rest[1] == ' ')
        {
            return lead + 2;
        }

        var digits = 0;
        while (digits < rest.Length && digits < 3 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits > 0 && rest.Length > digits + 1 && rest[digits] is '.' or ')' && rest[digits + 1] == ' ' ? lead + digits + 2 : 0;
    }
}
