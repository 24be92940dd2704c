using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Roles set off by commas beside a name. Before it: "the port authority's chief engineer, Lena Varo," or
/// "The head of the state mining board, Dr. Omar Quist, said" (the description is also a mention of the
/// person, so "said the port authority's chief engineer, Lena Varo" quotes her). After it: "Ines Dorr,
/// deputy director of the Calvo Institute, said" and "Ines Dorr, who chairs the Calvo Institute, said",
/// where the verb gives its agent noun ("chair of the Calvo Institute"). Everything else is the article's text.
/// </summary>
internal static class AppositiveRoles
{
    /// <summary>Longest description looked at ("the head of the national mining safety board").</summary>
    private const int MaxRoleTokens = 9;

    /// <summary>Verbs of a relative clause that say what a person is ("who chairs X" → "chair of X"), with their agent noun.</summary>
    private static readonly WordTable<string> OfficeVerbs = new()
    {
        ["chairs"] = "chair",
        ["leads"] = "leader",
        ["heads"] = "head",
        ["directs"] = "director",
        ["manages"] = "manager",
        ["coaches"] = "coach",
        ["edits"] = "editor",
        ["founded"] = "founder",
    };

    /// <summary>
    /// "The harbour board's chief engineer, [Dr.] NAME": the role without its leading article, and in
    /// <paramref name="description"/> the whole description with it; empty and null when the name has none.
    /// </summary>
    public static string Before(Article article, Mention name, out TextSpan? description)
    {
        description = null;
        var first = article.TokenAtOrAfter(name.Start);
        var comma = first - 1;
        while (comma > 0 && Titles.IsHonorific(article.TokenText(comma)))
        {
            comma--;
        }

        if (comma < 1 || first >= article.Tokens.Length || !article.TokenIs(comma, ",") || !ClosesApposition(article, name.End))
        {
            return string.Empty;
        }

        var sentence = article.SentenceOfToken(comma);
        var floor = sentence >= 0 ? article.Sentences[sentence].FirstToken : 0;
        var open = -1;
        var start = comma;
        for (var j = comma - 1; j >= floor && comma - j <= MaxRoleTokens; j--)
        {
            var word = article.TokenText(j);
            if (WordClasses.IsDeterminer(word) && !(j > floor && article.TokenIs(j - 1, "of")))
            {
                open = j;
                break;
            }

            if (IsClauseWord(article, j))
            {
                return string.Empty;
            }

            start = j;
        }

        // The description opens with an article or the sentence ("Harbour board chief engineer, Lena Varo, said").
        if (open < 0 && start != floor)
        {
            return string.Empty;
        }

        if (start >= comma || !NamesRole(article, start, comma))
        {
            return string.Empty;
        }

        description = new TextSpan(article.Tokens[open >= 0 ? open : start].Start, article.Tokens[comma - 1].End);
        return RoleFinder.Text(article, start, comma);
    }

    /// <summary>
    /// ", deputy director of the Calvo Institute," or ", who chairs the Calvo Institute," right after a name:
    /// the role; empty when none follows.
    /// </summary>
    public static string After(Article article, int nameEnd)
    {
        var comma = article.TokenAtOrAfter(nameEnd);
        if (comma + 2 >= article.Tokens.Length || !article.TokenIs(comma, ","))
        {
            return string.Empty;
        }

        var sentence = article.SentenceOfToken(comma);
        var end = sentence >= 0 ? article.Sentences[sentence].EndToken : article.Tokens.Length;
        if (article.TokenIs(comma + 1, "who"))
        {
            return RelativeClauseRole(article, comma + 2, end);
        }

        // An appositive opened by an article is RoleFinder.RoleInAppositive's; here one opened by the title itself.
        var stop = PhraseEnd(article, comma + 1, end);
        return stop > comma + 1 && Titles.Default.IsTitleWord(article.TokenText(comma + 1)) && NamesRole(article, comma + 1, stop)
            ? RoleFinder.Text(article, comma + 1, stop)
            : string.Empty;
    }

    /// <summary>"who chairs the Calvo Institute" → "chair of the Calvo Institute"; "who is the board's treasurer" → "board's treasurer".</summary>
    private static string RelativeClauseRole(Article article, int verb, int end)
    {
        if (verb + 1 >= end)
        {
            return string.Empty;
        }

        if (article.TokenIs(verb, "is") || article.TokenIs(verb, "was"))
        {
            var from = WordClasses.IsDeterminer(article.TokenText(verb + 1)) ? verb + 2 : verb + 1;
            var to = PhraseEnd(article, from, end);
            return to > from && NamesRole(article, from, to) ? RoleFinder.Text(article, from, to) : string.Empty;
        }

        // The organisation is a name or a definite description ("the Calvo Institute", "Rellan Freight").
        var stop = PhraseEnd(article, verb + 1, end);
        var opening = article.TokenText(verb + 1);
        if (!OfficeVerbs.TryGetValue(article.TokenText(verb), out var agent) || stop <= verb + 1
            || !(opening.Equals("the", StringComparison.OrdinalIgnoreCase) || char.IsUpper(opening[0])))
        {
            return string.Empty;
        }

        return agent + " of " + RoleFinder.Text(article, verb + 1, stop);
    }

    /// <summary>The end of a comma-delimited phrase from <paramref name="from"/>: its comma or the sentence's final stop; <paramref name="from"/> when it holds a verb or runs too long.</summary>
    private static int PhraseEnd(Article article, int from, int end)
    {
        for (var j = from; j < end && j - from <= MaxRoleTokens; j++)
        {
            var word = article.TokenText(j);
            if (word is "," or ";" or ":" or ")" || (j == end - 1 && word is "." or "!" or "?"))
            {
                return j;
            }

            if (IsClauseWord(article, j))
            {
                return from;
            }
        }

        return end <= from + MaxRoleTokens + 1 ? end : from;
    }

    /// <summary>
    /// A phrase names a role when its head is a title: one of the two words before its first "of" or "for"
    /// (or its end) is a title head ("deputy director of …", "chief engineer"), or a title word stands right
    /// before "of" ("head of the agency"). "In the words of the prosecutor" and "During Question Time" are no roles.
    /// </summary>
    private static bool NamesRole(Article article, int from, int to)
    {
        var link = from;
        while (link < to && !article.TokenIs(link, "of") && !article.TokenIs(link, "for"))
        {
            link++;
        }

        if (link == from || WordClasses.IsPreposition(article.TokenText(from)))
        {
            return false;
        }

        var before = article.TokenText(link - 1);
        return Titles.Default.IsHead(before) || (link > from + 1 && Titles.Default.IsHead(article.TokenText(link - 2)))
            || (link < to && Titles.Default.IsModifier(before));
    }

    /// <summary>A verb, auxiliary or punctuation mark: the words before it are a clause, not a description.</summary>
    private static bool IsClauseWord(Article article, int token)
    {
        // A possessive "’s" is no auxiliary here ("the board’s chief engineer").
        var word = article.TokenText(token);
        return !WordClasses.EndsPossessive(word)
            && (WordClasses.IsVerbLike(article, token) || (word.Length > 0 && char.IsPunctuation(word[0]) && word is not ("'" or "’" or "." or "-")));
    }

    /// <summary>
    /// An appositive name is closed by punctuation ("the chief engineer, Lena Varo, said", "… Lena Varo.");
    /// one followed by a verb or "and" starts a clause or a list ("Asked about the director, Lena Varo said …").
    /// </summary>
    private static bool ClosesApposition(Article article, int nameEnd)
    {
        var next = article.TokenAtOrAfter(nameEnd);
        return next >= article.Tokens.Length || article.TokenText(next) is "," or "." or ";" or ":" or ")" or "!" or "?";
    }
}
