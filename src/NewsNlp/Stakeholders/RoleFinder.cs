using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Reads a person's role from the words around a name: a title run before it ("European Commission
/// president Ursula von der Leyen", "Secretary of State Marco Rubio") or a parenthesis after it
/// ("Steve witkoff (U.S. Envoy)"). The role is text of the article, never composed.
/// </summary>
internal static class RoleFinder
{
    private const int MaxRoleTokens = 6;

    // Capitalised at a sentence start but never part of a title.
    private static readonly WordTable<bool> ClosedClass = WordTable.Of(
        ["the", "a", "an", "he", "she", "they", "it", "we", "i", "in", "on", "at", "for", "with", "by", "from", "after", "before",
         "as", "and", "but", "this", "that", "when", "while", "if", "then", "meanwhile", "also", "according", "to"]);

    public static string RoleBefore(Article article, int nameStart)
    {
        var first = article.TokenAtOrAfter(nameStart);
        var sentence = article.SentenceOfToken(Math.Min(first, article.Tokens.Length - 1));
        var floor = sentence >= 0 ? article.Sentences[sentence].FirstToken : 0;
        var start = first;
        for (var j = first - 1; j >= floor && first - j <= MaxRoleTokens; j--)
        {
            if (!IsRoleWord(article, j))
            {
                break;
            }

            start = j;
        }

        // Words before the first title, country or capitalised word are not part of the role, nor is a leading "of".
        while (start < first && (IsLinkWord(article, start) || !IsRoleWord(article, start)))
        {
            start++;
        }

        // "Undersecretary for Education Mr. Toccafondi": the courtesy title is no part of the role.
        var end = first;
        while (end > start && Titles.IsHonorific(article.TokenText(end - 1)))
        {
            end--;
        }

        // "Minister of | Education Stefania Giannini": the department is inside the name mention, and the
        // role is completed from there (TitleOfBefore); a role never ends in a dangling "of" or "for".
        return start < end && ContainsHead(article, start, end) && !IsLinkWord(article, end - 1) ? Text(article, start, end) : string.Empty;
    }

    /// <summary>
    /// "Minister of" or "Minister for" right before a name mention ("Minister of Education Stefania Giannini",
    /// where the recogniser took "Education" into the name): the title up to its "of"; empty otherwise.
    /// </summary>
    public static string TitleOfBefore(Article article, int nameStart)
    {
        var first = article.TokenAtOrAfter(nameStart);
        if (first < 2 || first > article.Tokens.Length || !IsLinkWord(article, first - 1))
        {
            return string.Empty;
        }

        var sentence = article.SentenceOfToken(first - 1);
        var floor = sentence >= 0 ? article.Sentences[sentence].FirstToken : 0;
        var start = first - 1;
        while (start - 1 >= floor && first - start <= MaxRoleTokens && Titles.Default.IsTitleWord(article.TokenText(start - 1)))
        {
            start--;
        }

        return start < first - 1 && ContainsHead(article, start, first - 1) ? Text(article, start, first) : string.Empty;
    }

    public static string RoleInParentheses(Article article, int nameEnd)
    {
        var open = article.TokenAtOrAfter(nameEnd);
        if (open >= article.Tokens.Length || !article.TokenIs(open, "("))
        {
            return string.Empty;
        }

        for (var j = open + 1; j < article.Tokens.Length && j - open <= MaxRoleTokens + 1; j++)
        {
            if (article.TokenIs(j, ")"))
            {
                return j > open + 1 && ContainsHead(article, open + 1, j) ? Text(article, open + 1, j) : string.Empty;
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// "Joseph Stiglitz, an economist at Columbia University, said": an appositive opened by an article
    /// and holding a title word, up to its closing comma, is the person's role (without the article).
    /// </summary>
    public static string RoleInAppositive(Article article, int nameEnd)
    {
        var comma = article.TokenAtOrAfter(nameEnd);
        if (comma + 2 >= article.Tokens.Length || !article.TokenIs(comma, ",") || !(article.TokenIs(comma + 1, "a") || article.TokenIs(comma + 1, "an") || article.TokenIs(comma + 1, "the")))
        {
            return string.Empty;
        }

        var sentence = article.SentenceOfToken(comma);
        var end = sentence >= 0 ? article.Sentences[sentence].EndToken : article.Tokens.Length;
        for (var j = comma + 2; j < end && j - comma <= MaxRoleTokens + 3; j++)
        {
            if (article.TokenIs(j, ","))
            {
                return j > comma + 2 && ContainsHead(article, comma + 2, j) ? Text(article, comma + 2, j) : string.Empty;
            }
        }

        return string.Empty;
    }

    /// <summary>"of" and "for" join a title to its department ("Secretary of State", "Minister for Health").</summary>
    private static bool IsLinkWord(Article article, int token) => article.TokenIs(token, "of") || article.TokenIs(token, "for");

    private static bool IsRoleWord(Article article, int token)
    {
        var word = article.TokenText(token);
        if (word.Length == 0 || IsLinkWord(article, token))
        {
            return word.Length > 0;
        }

        return Titles.Default.IsTitleWord(word) || Countries.Default.TryCountryOf(word, out _)
            || (char.IsUpper(word[0]) && !ClosedClass.Contains(word));
    }

    private static bool ContainsHead(Article article, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (Titles.Default.IsHead(article.TokenText(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The article's text from token <paramref name="from"/> to the end of token <paramref name="to"/> − 1.</summary>
    internal static string Text(Article article, int from, int to) =>
        article.Clean[article.Tokens[from].Start..article.Tokens[to - 1].End];
}
