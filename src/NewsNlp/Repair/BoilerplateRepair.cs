using NewsNlp.Documents;

namespace NewsNlp.Repair;

/// <summary>
/// Removes template text from the analysed text, one edit per removed line so nothing disappears
/// silently: tables of contents, call-outs ("Pro Tip:", "Did You Know?"), questions to the reader,
/// share/subscribe lines and orphan prompt headings (a question with no answer, followed by a heading).
/// </summary>
internal static class BoilerplateRepair
{
    private const int MaxShareLineWords = 25;

    // A question ending the text is a leftover prompt only when heading-short: an article may well end on
    // a long rhetorical question ("Now would the media's … mentality shift into higher gear if …?").
    private const int MaxClosingPromptWords = 20;

    /// <summary>Marks boilerplate lines in <paramref name="removed"/> with the rule that matched.</summary>
    public static void Mark(string text, List<Line> lines, string?[] removed)
    {
        var inFaq = false;

        // Phrases are matched in a lower-cased copy of the line with ordinal (vectorised) searches: a
        // case-insensitive search falls back to a slow path on text with curly quotes, which news has.
        // Only headings and lines short enough to search are lowered whole; of a long paragraph (most of
        // the text) only the opening a call-out would start with.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(256);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var content = line.Of(text).Trim();
            var searched = line.Kind == LineKind.Heading || IsSearched(content);
            var length = searched ? content.Length : Math.Min(content.Length, BoilerplatePhrases.LongestCallout);
            if (length > buffer.Length)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
                buffer = System.Buffers.ArrayPool<char>.Shared.Rent(length);
            }

            var lowered = buffer.AsSpan(0, length);
            content[..length].ToLowerInvariant(lowered);
            if (line.Kind == LineKind.Heading)
            {
                var isFaq = lowered.Contains("frequently asked", StringComparison.Ordinal) || lowered.SequenceEqual("faq") || lowered.SequenceEqual("faqs");
                inFaq = isFaq || (inFaq && content.EndsWith('?'));
            }

            if (removed[i] != null || content.IsEmpty)
            {
                continue;
            }

            if (line.Kind == LineKind.Heading && IsTableOfContentsHeading(lowered) && NextNonBlank(lines, i) is var first && first >= 0 && lines[first].Kind == LineKind.ListItem)
            {
                removed[i] = "toc";
                for (var j = first; j < lines.Count && lines[j].Kind is LineKind.ListItem or LineKind.Blank; j++)
                {
                    removed[j] = lines[j].Kind == LineKind.ListItem ? "toc" : null;
                }

                continue;
            }

            removed[i] = searched ? RuleFor(text, lines, i, content, lowered, inFaq) : LongLineCalloutRule(lowered);
        }

        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
    }

    // Phrase searches only where boilerplate can be: short lines and lines of questions.
    private static bool IsSearched(ReadOnlySpan<char> content) => WordCount(content) <= MaxShareLineWords || IsAllQuestions(content);

    private static int WordCount(ReadOnlySpan<char> content) => content.Count(' ') + 1;

    private static bool IsAllQuestions(ReadOnlySpan<char> content) => content.EndsWith('?') && content.IndexOf(". ", StringComparison.Ordinal) < 0;

    // A long line opening "Related:" is a headline run into the article's own text (flattened line
    // breaks), not a link list: it stays. Other call-outs ("Pro Tip:") are removed whatever their length.
    private static string? LongLineCalloutRule(ReadOnlySpan<char> lowered)
        => CalloutRule(lowered) is { } rule && rule != "read-more" ? rule : null;

    // The call-out a line opens with ("Pro Tip:"), from its lower-cased opening.
    private static string? CalloutRule(ReadOnlySpan<char> lowered)
    {
        foreach (var (prefix, rule) in BoilerplatePhrases.Callouts)
        {
            if (lowered.StartsWith(prefix, StringComparison.Ordinal))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>The rule a line breaks, or null; <paramref name="lowered"/> is the whole line in lower case.</summary>
    private static string? RuleFor(string text, List<Line> lines, int index, ReadOnlySpan<char> content, ReadOnlySpan<char> lowered, bool inFaq)
    {
        if (CalloutRule(lowered) is { } callout)
        {
            return callout;
        }

        var words = WordCount(content);
        var allQuestions = IsAllQuestions(content);
        if (words > MaxShareLineWords && !allQuestions)
        {
            return null;
        }

        if (BoilerplatePhrases.ContainsAny(lowered, BoilerplatePhrases.ReaderEngagement))
        {
            return "reader-question";
        }

        if (words <= MaxShareLineWords && BoilerplatePhrases.ContainsAny(lowered, BoilerplatePhrases.ShareSubscribe))
        {
            return "share-subscribe";
        }

        if (allQuestions && lines[index].Kind != LineKind.ListItem && BoilerplatePhrases.ContainsAny(lowered, BoilerplatePhrases.PromptLeaks))
        {
            return "orphan-prompt";
        }

        if (allQuestions && !inFaq && lines[index].Kind != LineKind.ListItem)
        {
            // A lone question followed by a heading (or, after other text, by nothing) answers nothing: a
            // leftover prompt heading. A text that is just the question is the text itself.
            var next = NextNonBlank(lines, index);
            if (words >= 8 && (next < 0 ? words <= MaxClosingPromptWords && HasTextBefore(lines, index) : IsSectionHeading(text, lines[next])))
            {
                return "orphan-prompt";
            }
        }

        return null;
    }

    // A title-case heading of three words or more: "Putin Agrees to Allow …", not a short reply like "Thanks".
    private static bool IsSectionHeading(string text, Line line)
        => line.Kind == LineKind.Heading && line.Of(text).Count(' ') >= 2 && LineClassifier.IsTitleCase(line.Of(text));

    private static bool IsTableOfContentsHeading(ReadOnlySpan<char> lowered)
    {
        var bare = lowered.TrimEnd(':').Trim();
        foreach (var heading in BoilerplatePhrases.TableOfContents)
        {
            if (bare.SequenceEqual(heading))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTextBefore(List<Line> lines, int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (lines[j].Kind != LineKind.Blank)
            {
                return true;
            }
        }

        return false;
    }

    private static int NextNonBlank(List<Line> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].Kind != LineKind.Blank)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Proposes one deletion per marked line, taking its line break with it.</summary>
    public static void Propose(string text, List<Line> lines, string?[] removed, EditKind kind, List<PendingEdit> edits)
    {
        // Lines in the run of removed lines that ends the text take the line break before them, since
        // they have none after; all others take the break after them.
        var trailing = lines.Count;
        while (trailing > 0 && removed[trailing - 1] != null)
        {
            trailing--;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (removed[i] is not { } rule || (kind == EditKind.Duplicate) != rule.EndsWith("duplicate", StringComparison.Ordinal))
            {
                continue;
            }

            var line = lines[i];
            var (start, end) = i >= trailing
                ? (Math.Max(0, line.Start - 1), line.End)
                : (line.Start, lines[i + 1].Start);
            edits.Add(new PendingEdit(start, end, string.Empty, kind, rule, 0.95));
        }
    }
}
