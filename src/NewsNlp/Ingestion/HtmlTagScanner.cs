using System.Net;
using System.Text;

namespace NewsNlp.Ingestion;

/// <summary>
/// A linear, allocation-light pass over HTML tags. It measures nesting depth (AngleSharp's tree building
/// grows quadratically with depth: 20,000 nested divs take seconds) and, for pages nested deeper than any
/// real article, extracts text without building a tree: tags dropped, script/style skipped, block tags
/// turned into paragraph breaks, entities decoded.
/// </summary>
internal static class HtmlTagScanner
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "!doctype",
    };

    /// <summary>True when open tags nest deeper than <paramref name="limit"/> somewhere in the page.</summary>
    public static bool NestsDeeperThan(string html, int limit)
    {
        var depth = 0;
        foreach (var (name, closing, selfClosing, _, _) in Tags(html))
        {
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!selfClosing && !VoidElements.Contains(name))
            {
                if (++depth > limit)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The page's text without markup; block tags become paragraph breaks.</summary>
    public static string Text(string html, IReadOnlySet<string> blockElements, IReadOnlySet<string> skippedElements)
    {
        var builder = new StringBuilder(html.Length / 2);
        var position = 0;
        string? skipUntil = null;
        foreach (var (name, closing, _, start, end) in Tags(html))
        {
            if (skipUntil is null)
            {
                builder.Append(html, position, start - position);
            }

            position = end;
            if (skipUntil != null)
            {
                skipUntil = closing && name.Equals(skipUntil, StringComparison.OrdinalIgnoreCase) ? null : skipUntil;
                continue;
            }

            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase) || skippedElements.Contains(name)))
            {
                skipUntil = name;
            }
            else if (blockElements.Contains(name) || name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                builder.Append('\n');
            }
        }

        if (skipUntil is null)
        {
            builder.Append(html, position, html.Length - position);
        }

        return Collapse(WebUtility.HtmlDecode(builder.ToString()));
    }

    private static IEnumerable<(string Name, bool Closing, bool SelfClosing, int Start, int End)> Tags(string html)
    {
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var close = html.IndexOf('>', i + 1);
            if (close < 0)
            {
                yield break;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < close && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] != '/' && html[nameEnd] != '>')
            {
                nameEnd++;
            }

            if (nameEnd > nameStart && (char.IsLetter(html[nameStart]) || html[nameStart] == '!'))
            {
                yield return (html[nameStart..nameEnd], closing, html[close - 1] == '/', i, close + 1);
            }

            i = close + 1;
        }
    }

    // Spaces and tabs collapse to one space; line breaks collapse to paragraph breaks.
    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                pendingBreak = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (!pendingBreak && builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                if (pendingBreak && builder.Length > 0)
                {
                    while (builder[^1] == ' ')
                    {
                        builder.Length--;
                    }

                    builder.Append("\n\n");
                }

                pendingBreak = false;
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
