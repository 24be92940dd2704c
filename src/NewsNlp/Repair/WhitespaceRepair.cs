using NewsNlp.Documents;

namespace NewsNlp.Repair;

/// <summary>
/// Removes invisible debris: zero-width spaces (not joiners, which emoji and some scripts need), soft hyphens, runs of spaces or tabs inside a line
/// (collapsed to one space) and spaces at the end of a line. Line breaks are kept: they carry structure.
/// </summary>
internal static class WhitespaceRepair
{
    public static void Propose(string text, List<PendingEdit> edits)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsInvisible(c) && !(i == 0 && c == '\uFEFF'))
            {
                var end = i + 1;
                while (end < text.Length && IsInvisible(text[end]))
                {
                    end++;
                }

                edits.Add(new PendingEdit(i, end, string.Empty, EditKind.Whitespace, "zero-width", 0.99));
                i = end;
                continue;
            }

            if (c is ' ' or '\t' or '\u00A0')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is ' ' or '\t' or '\u00A0')
                {
                    end++;
                }

                var atLineEnd = end == text.Length || text[end] is '\n' or '\r';
                if (atLineEnd && i > 0 && text[i - 1] != '\n')
                {
                    edits.Add(new PendingEdit(i, end, string.Empty, EditKind.Whitespace, "trailing-space", 0.99));
                }
                else if (end - i > 1 && i > 0 && text[i - 1] != '\n')
                {
                    // Indentation at a line start may be meaningful (lists, code); runs inside a line are not.
                    edits.Add(new PendingEdit(i, end, " ", EditKind.Whitespace, "collapse-spaces", 0.99));
                }

                i = end;
                continue;
            }

            i++;
        }
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD';
}
