namespace NewsNlp.Documents;

/// <summary>
/// Look-ups over an article's tokens and sentences by offset, by binary search: no per-article index
/// arrays, so callers stay allocation-free.
/// </summary>
public static class ArticleTokens
{
    /// <summary>Index of the first token ending after <paramref name="offset"/>; Tokens.Length when none.</summary>
    public static int TokenAtOrAfter(this Article article, int offset)
    {
        var tokens = article.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Index of the last token starting before <paramref name="offset"/>; -1 when none.</summary>
    public static int TokenBefore(this Article article, int offset)
    {
        var tokens = article.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    /// <summary>Index of the sentence holding token <paramref name="token"/>; -1 when sentences are unknown.</summary>
    public static int SentenceOfToken(this Article article, int token)
    {
        var sentences = article.Sentences;
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].FirstToken <= token)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && token < sentences[found].EndToken ? found : -1;
    }

    /// <summary>Index of the sentence holding the character at <paramref name="offset"/>, or the nearest before it.</summary>
    public static int SentenceAt(this Article article, int offset)
    {
        var sentences = article.Sentences;
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    public static ReadOnlySpan<char> TokenText(this Article article, int token) =>
        article.Clean.AsSpan(article.Tokens[token].Start, article.Tokens[token].Length);

    public static bool TokenIs(this Article article, int token, string word) =>
        token >= 0 && token < article.Tokens.Length && article.TokenText(token).Equals(word, StringComparison.OrdinalIgnoreCase);
}
