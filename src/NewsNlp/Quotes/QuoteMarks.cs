namespace NewsNlp.Quotes;

/// <summary>What a quotation mark may do at its position.</summary>
[Flags]
public enum MarkRole : byte
{
    None = 0,
    Open = 1,
    Close = 2,
}

/// <summary>
/// Classifies quotation marks by their shape and by what flanks them (CommonMark's left/right-flanking
/// idea): a mark before a word and after a space opens, one after a word and before a space closes.
/// Typographic marks keep their own direction unless the context clearly contradicts it, because
/// noisy text uses “ as a closer now and then. Apostrophes (O’Brien, wasn’t) are neither.
/// </summary>
public static class QuoteMarks
{
    /// <summary>All characters the scanner stops at.</summary>
    public static readonly System.Buffers.SearchValues<char> All =
        System.Buffers.SearchValues.Create("\"“”„‟«»'‘’‚‹›\n");

    /// <summary>The single marks, for quotations nested in double ones.</summary>
    public static readonly System.Buffers.SearchValues<char> Singles =
        System.Buffers.SearchValues.Create("'‘’‚‹›");

    public static bool IsDouble(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»';

    public static bool IsSingle(char c) => c is '\'' or '‘' or '’' or '‚' or '‹' or '›';

    /// <summary>The roles the mark at <paramref name="i"/> may play.</summary>
    public static MarkRole Classify(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : '\n';
        var after = i + 1 < text.Length ? text[i + 1] : '\n';
        var leftFlanking = !IsSpace(after) && (IsSpace(before) || IsOpeningPunctuation(before) || IsDouble(before) || IsSingle(before));
        var rightFlanking = !IsSpace(before) && (IsSpace(after) || char.IsPunctuation(after) || IsDouble(after) || IsSingle(after));
        switch (c)
        {
            case '«' or '‹' or '„' or '‚':
                return MarkRole.Open;
            case '»' or '›':
                return MarkRole.Close;
            case '“' or '‟':
                return rightFlanking && !leftFlanking ? MarkRole.Close : MarkRole.Open;
            case '”':
                return leftFlanking && !rightFlanking ? MarkRole.Open : MarkRole.Close;
            case '"':
                return leftFlanking == rightFlanking ? MarkRole.Open | MarkRole.Close
                    : leftFlanking ? MarkRole.Open : MarkRole.Close;
            default:
                // ' ‘ ’: a letter on both sides is an apostrophe (O’Brien, wasn’t); after a letter and before
                // a space it may close a quote or end a plural possessive (Thomas' sister).
                if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
                {
                    return MarkRole.None;
                }

                if (c == '‘')
                {
                    return leftFlanking || !rightFlanking ? MarkRole.Open : MarkRole.Close;
                }

                return leftFlanking && !rightFlanking ? MarkRole.Open
                    : rightFlanking ? MarkRole.Close : MarkRole.None;
        }
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    private static bool IsOpeningPunctuation(char c) => c is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':';
}
