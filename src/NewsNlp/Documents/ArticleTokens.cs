namespace NewsNlp.Documents;

/// <summary>
/// Look-ups over an article's tokens and sentences by offset, by binary search: no per-article index
/// arrays, so callers stay allocation-free.
/// </summary>
public static class ArticleTokens
{
    /// <summary>Index of the first token ending after <paramref name="offset"/>; Tokens.Length when none.</summary>
    public static int TokenAtOrAfter(this Article article, int offset) =>
        OffsetSearch.CountBefore(article.Tokens, offset, static (t, o) => t.End <= o);

    /// <summary>Index of the last token starting before <paramref name="offset"/>; -1 when none.</summary>
    public static int TokenBefore(this Article article, int offset) =>
        OffsetSearch.CountBefore(article.Tokens, offset, static (t, o) => t.Start < o) - 1;

    /// <summary>Index of the sentence holding token <paramref name="token"/>; -1 when sentences are unknown.</summary>
    public static int SentenceOfToken(this Article article, int token)
    {
        var found = OffsetSearch.CountBefore(article.Sentences, token, static (s, t) => s.FirstToken <= t) - 1;
        return found >= 0 && token < article.Sentences[found].EndToken ? found : -1;
    }

    /// <summary>Index of the sentence holding the character at <paramref name="offset"/>, or the nearest before it.</summary>
    public static int SentenceAt(this Article article, int offset) =>
        OffsetSearch.CountBefore(article.Sentences, offset, static (s, o) => s.Start <= o) - 1;

    public static ReadOnlySpan<char> TokenText(this Article article, int token) =>
        article.Clean.AsSpan(article.Tokens[token].Start, article.Tokens[token].Length);

    public static bool TokenIs(this Article article, int token, string word) =>
        token >= 0 && token < article.Tokens.Length && article.TokenText(token).Equals(word, StringComparison.OrdinalIgnoreCase);
}
