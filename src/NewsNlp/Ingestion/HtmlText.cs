using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsNlp.Ingestion;

/// <summary>
/// The readable text of an HTML page: the article (or main, or body) without navigation, scripts, styles,
/// headers, footers and asides, with paragraph breaks kept. The tree is walked with an explicit stack so
/// thousands of nested elements cannot overflow the call stack.
/// </summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "script", "style", "footer", "aside", "header", "noscript", "template", "form", "iframe", "svg", "button", "select", "head",
    };

    // Elements that start and end a paragraph of the output.
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section", "article", "main",
        "pre", "table", "tr", "figure", "figcaption", "dl", "dt", "dd", "hr", "address", "details", "summary",
    };

    public static (string Title, string Text) Extract(string html)
    {
        using var document = Parser.ParseDocument(html);
        var root = FindRoot(document);
        var title = document.Head?.QuerySelector("title")?.TextContent.Trim() ?? string.Empty;
        var builder = new StringBuilder(html.Length / 2);
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        string? firstHeading = null;
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement element)
            {
                if (Blocks.Contains(element.LocalName))
                {
                    ParagraphBreak(builder);
                }

                if (closing)
                {
                    continue;
                }

                if (element.LocalName == "br")
                {
                    TrimTrailingSpace(builder);
                    builder.Append('\n');
                    continue;
                }

                if (element.LocalName == "h1" && firstHeading is null)
                {
                    firstHeading = element.TextContent.Trim();
                }

                stack.Push((element, true));
                for (var child = element.LastChild; child != null; child = child.PreviousSibling)
                {
                    if (child is not IElement e || !Skipped.Contains(e.LocalName))
                    {
                        stack.Push((child, false));
                    }
                }
            }
            else if (node is IText text)
            {
                AppendCollapsed(builder, text.Data);
            }
        }

        var body = builder.ToString().Trim();
        return (title.Length > 0 ? title : firstHeading ?? string.Empty, body);
    }

    /// <summary>The first article element, else main, else body — found without recursion.</summary>
    private static INode FindRoot(IDocument document)
    {
        IElement? main = null;
        var stack = new Stack<INode>();
        stack.Push(document.DocumentElement);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IElement e)
            {
                if (e.LocalName == "article")
                {
                    return e;
                }

                if (e.LocalName == "main")
                {
                    main ??= e;
                }
            }

            for (var child = node.LastChild; child != null; child = child.PreviousSibling)
            {
                if (child is IElement)
                {
                    stack.Push(child);
                }
            }
        }

        return main ?? (INode?)document.Body ?? document.DocumentElement;
    }

    private static void AppendCollapsed(StringBuilder builder, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && !char.IsWhiteSpace(builder[^1]))
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private static void ParagraphBreak(StringBuilder builder)
    {
        TrimTrailingSpace(builder);
        if (builder.Length == 0 || (builder.Length >= 2 && builder[^1] == '\n' && builder[^2] == '\n'))
        {
            return;
        }

        builder.Append(builder[^1] == '\n' ? "\n" : "\n\n");
    }

    private static void TrimTrailingSpace(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }
}
