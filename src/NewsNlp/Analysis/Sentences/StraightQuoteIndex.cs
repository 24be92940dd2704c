using System.Buffers;

namespace NewsNlp.Analysis.Sentences;

/// <summary>
/// Where one text's straight quotes that may open or close a quotation lie (not an apostrophe inside a word),
/// and where its lines break: found in one pass, on the first question, so that "how many such quotes precede
/// this one on its line" costs two binary searches instead of a scan back per quote, which made a line of
/// thousands of <c>." </c> quadratic. Most texts never ask, and then nothing is built. One per text being split.
/// </summary>
internal sealed class StraightQuoteIndex(string text)
{
    private static readonly SearchValues<char> Marks = SearchValues.Create("\"'\n");

    // Positions in increasing order, built together on first use.
    private int[]? _doubleQuotes;
    private int[] _singleQuotes = [];
    private int[] _lineBreaks = [];

    /// <summary>The index of the first character of the line holding <paramref name="index"/>.</summary>
    public int LineStart(int index)
    {
        Build();
        var breaks = CountBelow(_lineBreaks, index + 1);
        return breaks == 0 ? 0 : _lineBreaks[breaks - 1] + 1;
    }

    /// <summary>Whether an odd number of <paramref name="quote"/> marks (<c>"</c> or <c>'</c>) that are not inside a word lie in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool IsOddBetween(char quote, int from, int to)
    {
        Build();
        var positions = quote == '"' ? _doubleQuotes! : _singleQuotes;
        return ((CountBelow(positions, to) - CountBelow(positions, from)) & 1) == 1;
    }

    private void Build()
    {
        if (_doubleQuotes != null)
        {
            return;
        }

        List<int> doubles = [], singles = [], breaks = [];
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(Marks); i >= 0; i = NextMark(span, i + 1))
        {
            var c = span[i];
            if (c == '\n')
            {
                breaks.Add(i);
            }
            else if (!InsideWord(span, i))
            {
                (c == '"' ? doubles : singles).Add(i);
            }
        }

        _singleQuotes = [.. singles];
        _lineBreaks = [.. breaks];
        _doubleQuotes = [.. doubles];
    }

    private static int NextMark(ReadOnlySpan<char> span, int from)
    {
        var next = span[from..].IndexOfAny(Marks);
        return next < 0 ? -1 : from + next;
    }

    // "it's", "rock'n'roll": a mark between two letters or digits is an apostrophe, no quote.
    private static bool InsideWord(ReadOnlySpan<char> span, int i) =>
        i > 0 && i + 1 < span.Length && char.IsLetterOrDigit(span[i - 1]) && char.IsLetterOrDigit(span[i + 1]);

    // How many positions are below the bound (positions are distinct and increasing).
    private static int CountBelow(int[] positions, int bound)
    {
        var found = Array.BinarySearch(positions, bound);
        return found >= 0 ? found : ~found;
    }
}
