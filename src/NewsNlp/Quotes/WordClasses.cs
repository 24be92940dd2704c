using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// Closed word classes the attribution patterns need. The part-of-speech tag decides where the tagger
/// has run; the word lists stand in where it has not (and for words taggers often get wrong here).
/// </summary>
internal static class WordClasses
{
    private static readonly WordTable<bool> Clause = WordTable.Of(
        "and", "but", "or", "nor", "while", "whereas", "although", "though", "because", "as", "since", "that", "which", "who",
        "whom", "whose", "when", "where", "if", "unless", "so", "yet", "than", "whether", "after", "before", "until", "once");

    private static readonly WordTable<bool> Coordinators = WordTable.Of("and", "but", "or", "nor", "so", "yet");

    private static readonly WordTable<bool> Auxiliaries = WordTable.Of(
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d", "'ve", "’ve");

    private static readonly WordTable<bool> BeForms = WordTable.Of("is", "are", "was", "were", "be", "been", "being", "am");

    private static readonly WordTable<bool> Adverbs = WordTable.Of(
        "also", "later", "then", "previously", "reportedly", "repeatedly", "publicly", "privately", "recently", "again", "further",
        "once", "initially", "still", "even", "only", "just", "however", "not", "never", "n't", "n’t", "already", "often", "simply",
        "finally", "earlier", "separately", "too", "subsequently", "yesterday", "today", "tonight", "meanwhile", "instead");

    private static readonly WordTable<bool> TimeNouns = WordTable.Of(
        "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening");

    private static readonly WordTable<bool> Determiners = WordTable.Of(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "many",
        "several", "most", "all", "both", "no", "any", "each", "other", "another");

    private static readonly WordTable<bool> SubjectPronouns = WordTable.Of(
        "he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those");

    private static readonly WordTable<bool> PronominalQuantifiers = WordTable.Of(
        "some", "many", "several", "most", "others", "few", "both");

    private static readonly WordTable<bool> Prepositions = WordTable.Of(
        "of", "in", "on", "at", "to", "for", "with", "from", "by", "within", "during", "over", "under", "about", "among",
        "against", "into", "across", "behind", "near", "close", "inside", "outside", "through", "toward", "towards", "regarding");

    private static readonly WordTable<bool> Institutions = WordTable.Of(
        "government", "ministry", "department", "agency", "commission", "council", "committee", "court", "police", "army",
        "military", "company", "group", "team", "union", "party", "administration", "office", "kremlin", "white", "house",
        "parliament", "congress", "senate", "cabinet", "board", "delegation", "embassy", "study", "report", "survey", "statement",
        "spokesperson", "spokesman", "spokeswoman", "organization", "organisation", "association", "campaign", "panel", "bank",
        "authority", "authorities", "opposition", "coalition", "alliance", "press", "newspaper", "paper");

    public static bool IsClauseWord(ReadOnlySpan<char> word) => Clause.Contains(word);

    /// <summary>"and", "but", "or", "nor", "so", "yet": words that join clauses of equal rank.</summary>
    public static bool IsCoordinator(ReadOnlySpan<char> word) => Coordinators.Contains(word);

    public static bool IsAuxiliary(ReadOnlySpan<char> word) => Auxiliaries.Contains(word);

    /// <summary>An auxiliary in the text, unless the tagger took a capitalised one for a name ("May said", "Will Hart said").</summary>
    public static bool IsAuxiliary(Article article, int token)
    {
        var word = article.TokenText(token);
        return IsAuxiliary(word) && !(char.IsUpper(word[0]) && article.Tokens[token].Pos == Upos.PROPN);
    }

    public static bool IsBeForm(ReadOnlySpan<char> word) => BeForms.Contains(word);

    public static bool IsAdverb(ReadOnlySpan<char> word) =>
        Adverbs.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]));

    /// <summary>Words of a time expression ("on Tuesday", "last week", "yesterday").</summary>
    public static bool IsTimeNoun(ReadOnlySpan<char> word) => TimeNouns.Contains(word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.Contains(word);

    public static bool IsSubjectPronoun(ReadOnlySpan<char> word) => SubjectPronouns.Contains(word);

    /// <summary>A word with a possessive ending, "’s" or "'s" ("Putin’s").</summary>
    public static bool EndsPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>"his", "her", "their": the owner of a claim ("his suggestion that …").</summary>
    public static bool IsPossessivePronoun(ReadOnlySpan<char> word) =>
        word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase);

    public static bool IsPreposition(ReadOnlySpan<char> word) => Prepositions.Contains(word);

    /// <summary>Letters only, a lower-case first letter and an upper-case one later ("diGenova", "deBlasio").</summary>
    public static bool IsCamelCaseName(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsLower(word[0]))
        {
            return false;
        }

        var inner = false;
        foreach (var c in word[1..])
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            inner |= char.IsUpper(c);
        }

        return inner;
    }

    /// <summary>Quantifiers that can stand alone as a subject ("Some argue that …", "Others said …").</summary>
    public static bool IsPronominalQuantifier(ReadOnlySpan<char> word) => PronominalQuantifiers.Contains(word);

    /// <summary>Nouns naming bodies that speak as one ("the government said", "a statement from the ministry").</summary>
    public static bool IsInstitution(ReadOnlySpan<char> word) => Institutions.Contains(word);

    /// <summary>
    /// The end of tokens [from, to) without their trailing punctuation, except a closing bracket whose opening
    /// bracket lies inside: "… Treaty Organization (NATO)." keeps its ")".
    /// </summary>
    public static int EndWithoutTrailingPunctuation(Article article, int from, int to)
    {
        while (to > from && IsPunctuation(article, to - 1) && !ClosesBracketOpenedFrom(article, from, to - 1))
        {
            to--;
        }

        return to;
    }

    private static bool ClosesBracketOpenedFrom(Article article, int from, int closing)
    {
        var (open, close) = article.TokenText(closing) switch { ")" => ("(", ")"), "]" => ("[", "]"), _ => (null, null) };
        if (open == null || close == null)
        {
            return false;
        }

        var depth = 0;
        for (var k = closing - 1; k >= from; k--)
        {
            if (article.TokenIs(k, close))
            {
                depth++;
            }
            else if (article.TokenIs(k, open) && depth-- == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a token that is punctuation (by tag, or by its characters).</summary>
    public static bool IsPunctuation(Article article, int token)
    {
        var pos = article.Tokens[token].Pos;
        if (pos == Upos.PUNCT)
        {
            return true;
        }

        foreach (var c in article.TokenText(token))
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A verb or auxiliary: by tag where tagged; untagged, an auxiliary or a lower-case -s/-ed form
    /// after a word that is not a determiner or preposition ("the alliance remains").
    /// </summary>
    public static bool IsVerbLike(Article article, int token)
    {
        var pos = article.Tokens[token].Pos;
        if (pos != Upos.X)
        {
            return pos is Upos.VERB or Upos.AUX;
        }

        var word = article.TokenText(token);
        return IsAuxiliary(word) || (LooksInflected(word) && token > 0 && !IsDeterminer(article.TokenText(token - 1)) && !IsPreposition(article.TokenText(token - 1)));
    }

    /// <summary>
    /// A noun or proper noun: by tag where tagged; untagged, a word that is no verb form, pronoun, determiner,
    /// preposition, clause word or adverb ("the budget", "a city official").
    /// </summary>
    public static bool IsNounLike(Article article, int token)
    {
        var pos = article.Tokens[token].Pos;
        if (pos != Upos.X)
        {
            return pos is Upos.NOUN or Upos.PROPN;
        }

        var word = article.TokenText(token);
        return word.Length > 0 && char.IsLetter(word[0]) && !IsVerbLike(article, token) && !IsSubjectPronoun(word) && !IsPossessivePronoun(word)
            && !IsDeterminer(word) && !IsPreposition(word) && !IsClauseWord(word) && !IsAdverb(word);
    }

    /// <summary>
    /// An -ing form used as a verb ("Speaking to reporters, …"): by tag where tagged; untagged, any -ing word.
    /// </summary>
    public static bool IsGerundLike(Article article, int token)
    {
        var pos = article.Tokens[token].Pos;
        return article.TokenText(token).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && pos is Upos.VERB or Upos.X;
    }

    /// <summary>
    /// Untagged: whether a reporting-verb form is used as a noun instead ("the security guarantees",
    /// "recent claims"): an -s form after a lower-case word that is not a pronoun or adverb.
    /// </summary>
    public static bool LooksLikePluralNoun(Article article, int token)
    {
        var word = article.TokenText(token);
        if (token == 0 || word.Length < 4 || word[^1] != 's' || word[^2] == 's' || word.Equals("says", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = article.TokenText(token - 1);
        return before.Length > 0 && char.IsLower(before[0]) && !IsSubjectPronoun(before) && !IsAdverb(before) && !IsPunctuation(article, token - 1);
    }

    private static bool LooksInflected(ReadOnlySpan<char> word) =>
        word.Length > 3 && char.IsLower(word[0]) && ((word[^1] == 's' && word[^2] != 's') || word.EndsWith("ed", StringComparison.Ordinal));
}
