using System.Buffers;

namespace NewsNlp.Analysis.Sentences;

/// <summary>
/// What a token is, as far as sentence boundaries care: web and e-mail text ends many "sentences"
/// without punctuation at a separator line, a link, an address, an attachment name or an emoticon.
/// </summary>
internal enum BoundaryTokenKind
{
    Other,
    Separator,
    Link,
    Email,
    FileName,
    Emoticon,
}

/// <summary>Classifies a token's text into a <see cref="BoundaryTokenKind"/> with a few span checks, no allocation.</summary>
internal static class BoundaryTokenKinds
{
    // Every special kind contains one of these; an ordinary word has none and is classified in one scan.
    private static readonly SearchValues<char> Marks = SearchValues.Create("=_*~#-:/@.;");

    public static BoundaryTokenKind Of(ReadOnlySpan<char> word)
    {
        if (!word.ContainsAny(Marks))
        {
            return BoundaryTokenKind.Other;
        }

        if (IsSeparator(word))
        {
            return BoundaryTokenKind.Separator;
        }

        if (IsLinkStart(word) || word.Contains("://", StringComparison.Ordinal))
        {
            return BoundaryTokenKind.Link;
        }

        // A masked address ("franz371...@gmail.com") and a bare "@gmail.com" count too.
        var at = word.IndexOf('@');
        if (at >= 0 && word[at..].Contains('.'))
        {
            return BoundaryTokenKind.Email;
        }

        if (IsFileName(word))
        {
            return BoundaryTokenKind.FileName;
        }

        return IsEmoticon(word) ? BoundaryTokenKind.Emoticon : BoundaryTokenKind.Other;
    }

    /// <summary>
    /// A run of one line-drawing mark ("====", "____", "***"): a separator line, never inside a sentence.
    /// Hyphens need four, as "---" is often typed for a dash inside a sentence.
    /// </summary>
    public static bool IsSeparator(ReadOnlySpan<char> word) =>
        word.Length >= 3 && word[0] is ('=' or '_' or '*' or '~' or '#' or '-') && (word[0] != '-' || word.Length >= 4)
        && !word.ContainsAnyExcept(word[0]);

    /// <summary>Cheap test run on most gaps: whether the token starts a web address ("http…", "www.").</summary>
    public static bool IsLinkStart(ReadOnlySpan<char> word) =>
        !word.IsEmpty && word[0] is 'h' or 'w' or 'H' or 'W'
        && (word.StartsWith("http", StringComparison.OrdinalIgnoreCase) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    /// <summary>"report.pdf", "TEXT.htm": a name with a short, known document extension.</summary>
    public static bool IsFileName(ReadOnlySpan<char> word)
    {
        var dot = word.LastIndexOf('.');
        if (dot <= 0 || word.Length - dot > 5)
        {
            return false;
        }

        var extension = word[(dot + 1)..];
        foreach (var known in (ReadOnlySpan<string>)["pdf", "doc", "docx", "xls", "xlsx", "ppt", "htm", "html", "txt", "jpg", "gif", "png", "zip"])
        {
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>":)", ";-)", ":P": a short face of a colon or semicolon and a mouth.</summary>
    public static bool IsEmoticon(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 3 && word[0] is (':' or ';') && word[^1] is (')' or '(' or 'P' or 'D' or 'p');
}
