namespace NewsNlp.Repair;

/// <summary>
/// Recognises URLs, e-mail addresses, bare domains and file names (www.cfr.org, un.org) so no repair touches them:
/// a space inserted after the dot of "cfr.org" or a capital given to "https" would break a link.
/// </summary>
internal static class LinkDetector
{
    // Common top-level domains; lower case only, so "guarantees.She" is never taken for a domain.
    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.Ordinal)
    {
        "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "co", "uk", "us", "eu", "de", "fr",
        "ru", "ua", "ca", "au", "in", "cn", "jp", "it", "es", "nl", "ch", "se", "no", "pl", "news", "tv", "me", "ly",
        "html", "htm", "php", "aspx", "pdf", "doc", "docx", "ppt", "pptx", "xls", "xlsx", "txt", "csv", "json", "xml",
        "jpg", "jpeg", "png", "gif", "zip", "exe", "js", "py",
    };

    // Country domains that are also English words: "hand.in a timid voice" may be a missing space.
    private static readonly HashSet<string> WordDomains = new(StringComparer.Ordinal) { "in", "it", "no", "me", "us" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordDomainLookup = WordDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TldLookup = TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> LinkMarks = System.Buffers.SearchValues.Create(".:@");

    private static bool IsCapitalisedGenericDomain(ReadOnlySpan<char> label)
        => label.Equals("Com", StringComparison.Ordinal) || label.Equals("Net", StringComparison.Ordinal) || label.Equals("Org", StringComparison.Ordinal);

    /// <summary>The whitespace-delimited chunk of <paramref name="text"/> around <paramref name="index"/>.</summary>
    public static (int Start, int End) ChunkAround(string text, int index)
    {
        var start = index;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && index - start < 512)
        {
            start--;
        }

        var end = index;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - index < 512)
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>True for a top-level domain that is also an English word ("in", "it", "no", "me", "us").</summary>
    public static bool IsWordDomain(ReadOnlySpan<char> label) => WordDomainLookup.Contains(label);

    /// <summary>True when the chunk (a run without whitespace) is, or contains, a link or address.</summary>
    public static bool IsLink(ReadOnlySpan<char> chunk)
    {
        // Every link has a dot, a colon or an at sign; most words have none, so this is the common exit.
        if (chunk.IndexOfAny(LinkMarks) < 0)
        {
            return false;
        }

        if (chunk.IndexOf("://", StringComparison.Ordinal) >= 0
            || chunk.IndexOf("www.", StringComparison.OrdinalIgnoreCase) >= 0
            || chunk.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = chunk.IndexOf('@');
        if (at > 0 && chunk[(at + 1)..].IndexOf('.') > 0)
        {
            return true;
        }

        // A bare domain: a dot followed by a known lower-case TLD that ends the label.
        for (var i = 1; i < chunk.Length - 1; i++)
        {
            if (chunk[i] != '.' || !char.IsLetterOrDigit(chunk[i - 1]))
            {
                continue;
            }

            // Capitalised only as the web's oldest names are written in prose: "Newsfeeds.Com", "R Us.Net".
            var capitalised = char.IsAsciiLetterUpper(chunk[i + 1]);
            var end = capitalised ? i + 2 : i + 1;
            while (end < chunk.Length && char.IsAsciiLetterLower(chunk[end]))
            {
                end++;
            }

            var label = chunk[(i + 1)..end];
            if (end > i + 1 && (end == chunk.Length || !char.IsLetterOrDigit(chunk[end]))
                && (capitalised ? IsCapitalisedGenericDomain(label) : TldLookup.Contains(label)))
            {
                return true;
            }
        }

        return false;
    }
}
