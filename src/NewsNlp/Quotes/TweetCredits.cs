using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// An embedded post shown with its credit line ("Polls close at eight tonight pic.twitter.com/x — Ann Lee
/// (@annlee) May 2, 2020"): the words before the credit are a direct quote of its author, like a pull quote
/// with its credit. The post opens after a "&gt;" marker of the embed, or at its sentence's start; links
/// between the words and the credit are no content. A hand-written scan over the clean text, no regex.
/// </summary>
internal static class TweetCredits
{
    /// <summary>The longest handle a platform allows, with some slack; a longer "(@…" is no handle.</summary>
    private const int MaxHandle = 30;

    /// <summary>How far before the handle the dash opening the credit may stand (a name of a few words).</summary>
    private const int MaxName = 40;

    private const int MinContentWords = 2;

    /// <summary>A post's words with their links fit in this many characters; the search for its opening stops there.</summary>
    private const int MaxPost = 600;

    /// <summary>
    /// More credit lines than any article embeds posts: past this, input is hostile or a dump of posts, and
    /// the rest are left alone so each credit's look over the drafts found so far stays bounded.
    /// </summary>
    private const int MaxCredits = 200;

    public static void Find(Article article, List<QuoteDraft> found)
    {
        var text = article.Clean;
        var credits = 0;
        for (var at = text.IndexOf("(@", StringComparison.Ordinal); at >= 0 && credits < MaxCredits; at = text.IndexOf("(@", at + 2, StringComparison.Ordinal))
        {
            if (!IsHandle(text, at + 2) || CreditDash(text, at) is not (>= 0 and var dash))
            {
                continue;
            }

            var name = Trim(text, dash + 1, at);
            if (name.Start >= name.End)
            {
                continue;
            }

            credits++;
            var end = ContentEnd(text, dash);
            var start = ContentStart(article, end);
            if (start >= end || Words(text, start, end) < MinContentWords
                || found.Exists(d => d.Content.Start <= start && end <= d.Content.End && d.Run >= 0))
            {
                continue;
            }

            var speaker = new TokenRange(article.TokenAtOrAfter(name.Start), article.TokenBefore(name.End) + 1);
            if (speaker.IsEmpty)
            {
                continue;
            }

            EndReportedSpeechBefore(article, found, start);
            found.Add(new QuoteDraft
            {
                Kind = QuoteKind.Direct,
                Content = new TextSpan(start, end),
                Attribution = new Attribution(speaker, -1, string.Empty, 0.7),
            });
        }
    }

    /// <summary>
    /// "noted that the vote was close: &gt; [post]": reported speech running on into the post ends before it,
    /// without the colon and marker that introduce the post.
    /// </summary>
    private static void EndReportedSpeechBefore(Article article, List<QuoteDraft> found, int post)
    {
        var text = article.Clean;
        for (var i = 0; i < found.Count; i++)
        {
            var draft = found[i];
            // Quotations (a run of quote marks, or another post) keep their words; only reported speech is cut.
            if (draft.Run >= 0 || draft.Kind == QuoteKind.Direct || draft.Content.Start >= post || draft.Content.End <= post)
            {
                continue;
            }

            var end = post;
            while (end > draft.Content.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '>' or ':' or ',' or '.'))
            {
                end--;
            }

            if (end > draft.Content.Start)
            {
                found[i] = new QuoteDraft { Kind = draft.Kind, Content = new TextSpan(draft.Content.Start, end), Attribution = draft.Attribution, Speaker = draft.Speaker };
            }
        }
    }

    /// <summary>Letters, digits or underscores up to a closing bracket.</summary>
    private static bool IsHandle(string text, int from)
    {
        var k = from;
        while (k < text.Length && k - from <= MaxHandle && (char.IsAsciiLetterOrDigit(text[k]) || text[k] == '_'))
        {
            k++;
        }

        return k > from && k < text.Length && text[k] == ')';
    }

    /// <summary>The dash before the author's name ("— Ann Lee (@annlee)") on the same line; -1 when none.</summary>
    private static int CreditDash(string text, int handle)
    {
        for (var k = handle - 1; k >= 0 && handle - k <= MaxName; k--)
        {
            var c = text[k];
            if (c is '—' or '–')
            {
                return k;
            }

            if (c is '\n' or '.' or ',' or ':' or ';' or '(' or ')' || QuoteMarks.IsDouble(c))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Where the post's words end: before the dash, any "&gt;" markers and the links that close it.</summary>
    private static int ContentEnd(string text, int dash)
    {
        // A post is at most MaxPost characters, so neither walk goes further back (text without spaces would
        // otherwise be walked to its start for every credit).
        var floor = Math.Max(0, dash - MaxPost);
        var end = dash;
        while (true)
        {
            while (end > floor && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '>'))
            {
                end--;
            }

            var word = end;
            while (word > floor && !char.IsWhiteSpace(text[word - 1]))
            {
                word--;
            }

            if (word == end || !IsLink(text.AsSpan(word, end - word)))
            {
                return end;
            }

            end = word;
        }
    }

    private static bool IsLink(ReadOnlySpan<char> word) =>
        word.Contains("://", StringComparison.Ordinal) || word.StartsWith("pic.twitter.com/", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("t.co/", StringComparison.OrdinalIgnoreCase) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>After the last "&gt;" marker on the post's line, or else at the start of the sentence holding its last word.</summary>
    private static int ContentStart(Article article, int end)
    {
        var text = article.Clean;
        var line = end > 0 ? Math.Max(end - MaxPost, text.LastIndexOf('\n', end - 1, Math.Min(end, MaxPost)) + 1) : 0;
        var marker = end > line ? text.LastIndexOf('>', end - 1, end - line) : -1;
        int start;
        if (marker >= 0)
        {
            start = marker + 1;
        }
        else
        {
            var sentence = end > 0 ? article.SentenceAt(end - 1) : -1;
            start = Math.Max(line, sentence >= 0 ? article.Sentences[sentence].Start : line);
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static int Words(string text, int start, int end)
    {
        var words = 0;
        for (var k = start; k < end; k++)
        {
            words += char.IsLetterOrDigit(text[k]) && (k == start || !char.IsLetterOrDigit(text[k - 1])) ? 1 : 0;
        }

        return words;
    }
}
