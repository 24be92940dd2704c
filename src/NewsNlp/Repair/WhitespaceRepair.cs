using System.Buffers;
using NewsNlp.Documents;

namespace NewsNlp.Repair;

/// <summary>
/// Removes invisible debris: zero-width spaces (not joiners, which emoji and some scripts need), soft hyphens, runs of spaces or tabs inside a line
/// (collapsed to one space) and spaces at the end of a line. Line breaks are kept: they carry structure.
/// </summary>
internal static class WhitespaceRepair
{
    // What can need repair: an invisible character, a tab or no-break space, a space before another or
    // before a line end, and spaces ending the text. Everything between is skipped with vectorised searches.
    private static readonly SearchValues<char> RareCharacters = SearchValues.Create("\u200B\u2060\uFEFF\u00AD\t\u00A0");
    private static readonly SearchValues<string> SpaceRuns = SearchValues.Create(["  ", " \n", " \r"], StringComparison.Ordinal);

    public static void Propose(string text, List<PendingEdit> edits)
    {
        var textEnd = text.AsSpan().TrimEnd(" \t\u00A0").Length;
        int nextRare = -1, nextRun = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (nextRare < i)
            {
                nextRare = NextOf(text, i, text.AsSpan(i).IndexOfAny(RareCharacters));
            }

            if (nextRun < i)
            {
                nextRun = NextOf(text, i, text.AsSpan(i).IndexOfAny(SpaceRuns));
            }

            var next = Math.Min(Math.Min(nextRare, nextRun), Math.Max(i, textEnd));
            if (next >= text.Length)
            {
                break;
            }

            // A run of spaces is taken from its first space, as a left-to-right reading would.
            var from = i;
            i = next;
            while (i > from && IsSpace(text[i]) && IsSpace(text[i - 1]))
            {
                i--;
            }

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

            if (IsSpace(c))
            {
                var end = i + 1;
                while (end < text.Length && IsSpace(text[end]))
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

    private static int NextOf(string text, int from, int found) => found < 0 ? text.Length : from + found;

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0';

    private static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD';
}
