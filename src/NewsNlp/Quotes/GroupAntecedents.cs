using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// The groups an article introduces with an indefinite collective ("a research team from …", "a group of
/// protesters"), so that a later definite description of the same people ("the scientists found …", "the
/// protesters said", "the team added") is that group under the words it was introduced with, as a person's
/// later "the envoy" is the person. Built on first use: most articles never need it.
/// </summary>
internal sealed class GroupAntecedents(Article article)
{
    /// <summary>Modifiers allowed between "a" and the collective noun ("a large international research team").</summary>
    private const int MaxModifiers = 3;

    /// <summary>A stem shorter than this ("act" of "actors") matches too many unrelated words.</summary>
    private const int MinStemLength = 5;

    /// <summary>Nouns that introduce people acting as one.</summary>
    private static readonly WordTable<bool> Collectives = WordTable.Of("team", "group", "panel", "consortium", "collaboration", "crew");

    /// <summary>
    /// Words for people doing research and for research itself: "the scientists" and "a research team" share
    /// no stem but are one group in news about a study.
    /// </summary>
    private static readonly WordTable<bool> ResearchWords = WordTable.Of(
        "research", "researchers", "scientists", "scientific", "science", "study", "authors", "investigators", "academics", "academic");

    private List<TokenRange>? _introductions;

    /// <summary>
    /// The words of the nearest group introduced before <paramref name="head"/> that the head noun can refer to
    /// ("research team" for "scientists"); null when there is none.
    /// </summary>
    public string? Introduced(int head)
    {
        _introductions ??= Find();
        var word = article.TokenText(head);
        for (var i = _introductions.Count - 1; i >= 0; i--)
        {
            var intro = _introductions[i];
            if (intro.End <= head && Refers(word, intro))
            {
                return article.Clean[article.Tokens[intro.Start].Start..article.Tokens[intro.End - 1].End];
            }
        }

        return null;
    }

    /// <summary>Every "a/an [modifiers] collective [of plural noun]" of the article, without its article.</summary>
    private List<TokenRange> Find()
    {
        var found = new List<TokenRange>();
        for (var c = 1; c < article.Tokens.Length; c++)
        {
            if (!Collectives.Contains(article.TokenText(c)))
            {
                continue;
            }

            var start = c;
            while (start > 0 && c - start < MaxModifiers && IsModifier(start - 1))
            {
                start--;
            }

            if (start == 0 || !(article.TokenIs(start - 1, "a") || article.TokenIs(start - 1, "an")))
            {
                continue;
            }

            // "a team of researchers": the members belong to the description.
            var end = c + 1;
            if (end + 1 < article.Tokens.Length && article.TokenIs(end, "of") && IsPluralNoun(article.TokenText(end + 1)))
            {
                end += 2;
            }

            found.Add(new TokenRange(start, end));
        }

        return found;
    }

    /// <summary>
    /// Whether the head noun names the introduced group: a collective noun itself ("the team" of "a research
    /// group"), one of its words ("the researchers" of "a team of researchers"), a word its stem begins ("the
    /// protesters" of "a protest group"), or research words on both sides.
    /// </summary>
    private bool Refers(ReadOnlySpan<char> head, TokenRange intro)
    {
        if (Collectives.Contains(head))
        {
            return true;
        }

        var stem = Stem(head);
        var research = ResearchWords.Contains(head);
        for (var t = intro.Start; t < intro.End; t++)
        {
            var word = article.TokenText(t);
            if (word.Equals(head, StringComparison.OrdinalIgnoreCase) || (research && ResearchWords.Contains(word))
                || (stem.Length >= MinStemLength && word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"protesters" → "protest", "scientists" → "scient": the plural and the agent suffix cut off.</summary>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> noun)
    {
        var stem = noun.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? noun[..^1] : noun;
        foreach (var suffix in (ReadOnlySpan<string>)["er", "or", "ist"])
        {
            if (stem.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return stem[..^suffix.Length];
            }
        }

        return stem;
    }

    private bool IsModifier(int token)
    {
        var word = article.TokenText(token);
        return word.Length > 1 && char.IsLetter(word[0]) && !WordClasses.IsDeterminer(word) && !WordClasses.IsPreposition(word)
            && !WordClasses.IsClauseWord(word);
    }

    private static bool IsPluralNoun(ReadOnlySpan<char> word) => word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's';
}
