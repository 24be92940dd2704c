using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>Recognises reporting words among an article's tokens, and the subject each one borrows or has.</summary>
internal static class ReportingCues
{
    /// <summary>
    /// A reporting verb at <paramref name="token"/>: in the lexicon, not tagged as a noun, and in lower case
    /// (a capitalised "Reveals" mid-sentence belongs to a headline, not to reported speech).
    /// </summary>
    /// <summary>The longest "as" clause whose last word may be taken for its verb (", as the report below notes").</summary>
    private const int MaxAsClauseTokens = 6;

    public static bool IsVerb(Article article, int token, out ReportingWord word)
    {
        word = default;
        if (token < 0 || token >= article.Tokens.Length)
        {
            return false;
        }

        var text = article.TokenText(token);
        if (text.Length == 0 || !ReportingLexicon.Default.TryGet(text, out word) || !word.IsVerb)
        {
            return false;
        }

        var pos = article.Tokens[token].Pos;
        if ((pos is Upos.NOUN or Upos.PROPN or Upos.ADJ || (pos == Upos.X && WordClasses.LooksLikePluralNoun(article, token))) && !ClosesAsClause(article, token))
        {
            return false;
        }

        return (char.IsLower(text[0]) || IsSentenceStart(article, token)) && !IsAttributiveParticiple(article, token);
    }

    /// <summary>"Lee's proposed team", "his written testimony": a participle after a possessive modifies a noun.</summary>
    private static bool IsAttributiveParticiple(Article article, int token)
    {
        var word = article.TokenText(token);
        if (token == 0 || !(word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var before = article.TokenText(token - 1);
        return WordClasses.EndsPossessive(before) || before.EndsWith("s’", StringComparison.Ordinal)
            || WordClasses.IsPossessivePronoun(before);
    }

    /// <summary>
    /// ", as the council report below notes.": a word ending an "as" clause right before the sentence's end is
    /// its verb, whatever the tagger made of it ("notes", "reports").
    /// </summary>
    private static bool ClosesAsClause(Article article, int token)
    {
        if (token + 1 >= article.Tokens.Length || !(article.TokenIs(token + 1, ".") || article.TokenIs(token + 1, "!")))
        {
            return false;
        }

        for (var k = token - 2; k >= 1 && token - k <= MaxAsClauseTokens; k--)
        {
            if (article.TokenIs(k, "as"))
            {
                return article.TokenIs(k - 1, ",");
            }

            if (WordClasses.IsPunctuation(article, k))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// "by saying", "by calling for": a reporting gerund after "by" is how the sentence's subject acted; after
    /// "for" ("was under fire for saying …", "apologized for calling …") it is what the subject did and answers for.
    /// </summary>
    public static bool IsMeansClause(Article article, int verb) =>
        verb > 0 && (article.TokenIs(verb - 1, "by") || article.TokenIs(verb - 1, "for")) && article.TokenText(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>The speaker phrase of a reporting verb: its own subject, else the sentence's subject.</summary>
    public static TokenRange SpeakerOf(Article article, int verb)
    {
        if (IsPassive(article, verb))
        {
            // "the girls were granted “parole”": the subject received the words, it did not say them.
            return TokenRange.Empty;
        }

        if (IsMeansClause(article, verb))
        {
            // "Pirro opened her show by calling for …": the sentence's subject speaks, when it is someone
            // ("agreements deter aggression by assuring adversaries that …" is a thing's effect, not speech).
            var actor = PhraseScanner.SentenceSubject(article, verb);
            // "it was up to the senator to clarify, by asking …": an expletive "it" before "be" is nobody.
            var expletive = !actor.IsEmpty && article.TokenIs(actor.Start, "it") && actor.End < article.Tokens.Length && WordClasses.IsBeForm(article.TokenText(actor.End));
            var someone = !actor.IsEmpty && !expletive && (WordClasses.IsSubjectPronoun(article.TokenText(actor.Start))
                || MentionSearch.NamesPerson(article, article.Tokens[actor.Start].Start, article.Tokens[actor.End - 1].End));
            return someone ? actor : TokenRange.Empty;
        }

        var sentence = article.SentenceOfToken(verb);
        var floor = sentence >= 0 ? article.Sentences[sentence].FirstToken : 0;
        // ", stating that" borrows the sentence's subject; "Gomez, Panama coach, said" closes an appositive.
        var participle = article.TokenText(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (PhraseScanner.BorrowsSubject(article, verb, floor) && (participle || !article.TokenIs(verb - 1, ",")))
        {
            // "The chief executive, Daniel Wu, said …, adding that …": the main reporting verb's subject.
            var main = EarlierOwnSubjectVerb(article, verb, floor);
            var mainSubject = main < 0 ? TokenRange.Empty
                : ClosesQuotation(article, main, floor) ? PhraseScanner.PhraseAfter(article, main + 1, verb)
                : PhraseScanner.SubjectBefore(article, main, floor);
            return mainSubject.IsEmpty ? PhraseScanner.SentenceSubject(article, verb) : mainSubject;
        }

        if (participle && verb == floor)
        {
            // "Citing privacy rules, U.S. officials declined …": the subject follows the participle clause.
            return SubjectAfterOpeningClause(article, verb, article.Sentences[sentence].EndToken);
        }

        var subject = PhraseScanner.SubjectBefore(article, verb, floor);
        if (participle && PostedMessage(article, subject, floor) is { IsEmpty: false } poster)
        {
            return poster;
        }

        return subject.IsEmpty && participle
            ? PhraseScanner.SentenceSubject(article, verb)
            : subject;
    }

    /// <summary>
    /// "The mayor sent a letter telling residents …": a message that is the object of a verb speaks for
    /// that verb's subject; empty when <paramref name="message"/> is no such object.
    /// </summary>
    private static TokenRange PostedMessage(Article article, TokenRange message, int floor)
    {
        if (message.IsEmpty || message.Start - 1 <= floor || !ReportingLexicon.Default.TryGet(article.TokenText(message.End - 1), out var noun) || !noun.IsNoun
            || !WordClasses.IsVerbLike(article, message.Start - 1))
        {
            return TokenRange.Empty;
        }

        return PhraseScanner.SubjectBefore(article, message.Start - 1, floor);
    }

    /// <summary>The nearest earlier reporting verb of the sentence that has a subject of its own; -1 when none.</summary>
    private static int EarlierOwnSubjectVerb(Article article, int verb, int floor)
    {
        for (var v = verb - 1; v >= floor; v--)
        {
            // A finite verb with a subject: not "commenting" in "refrained from commenting …, citing …", not "the alleged agreement".
            if (IsVerb(article, v, out _) && !article.TokenText(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && !PhraseScanner.BorrowsSubject(article, v, floor) && !IsPassive(article, v) && !article.TokenIs(v - 1, "to")
                && !(v > floor && WordClasses.IsDeterminer(article.TokenText(v - 1))) && !AfterRelativePronoun(article, v, floor))
            {
                return v;
            }
        }

        return -1;
    }

    /// <summary>"“…,” said Lee, a professor at …, adding that …": a verb right after a quotation has its subject after it.</summary>
    private static bool ClosesQuotation(Article article, int verb, int floor)
    {
        var before = verb - 1;
        if (before > floor && article.TokenIs(before, ","))
        {
            before--;
        }

        // A straight mark closes when the quotation's last stop stands before it (",\" said"); one that opens
        // a quotation ("had \"revealed …\" and called") does not.
        return before > floor && (article.TokenIs(before, "”") || (article.TokenIs(before, "\"") && article.TokenText(before - 1) is "," or "?" or "!"));
    }

    /// <summary>"have not said why", "never claimed", "asks no questions": negated speech reports nothing.</summary>
    public static bool IsNegated(Article article, int verb, int floor)
    {
        if (verb + 1 < article.Tokens.Length && article.TokenIs(verb + 1, "no") && !ClauseAfterNo(article, verb + 2))
        {
            return true;
        }

        for (var k = verb - 1; k >= floor && verb - k <= 2; k--)
        {
            var w = article.TokenText(k);
            if (w.Equals("not", StringComparison.OrdinalIgnoreCase) || w is "n't" or "n’t" || w.Equals("never", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsConjectured(article, verb, floor);
    }

    /// <summary>
    /// "said no one was hurt", "said no decision had been made": "no" opens the subject of reported speech
    /// when an auxiliary follows within two words; "asks no hard questions" negates the object.
    /// </summary>
    private static bool ClauseAfterNo(Article article, int from)
    {
        for (var k = from; k < article.Tokens.Length && k - from < 3; k++)
        {
            if (WordClasses.IsPunctuation(article, k))
            {
                return false;
            }

            if (k > from && WordClasses.IsAuxiliary(article, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "her advisers may have warned her that …", "they could then estimate how many …": speech the
    /// writer supposes, not speech that happened. A modal up to two words before the verb ("have", an adverb).
    /// </summary>
    private static bool IsConjectured(Article article, int verb, int floor)
    {
        for (var k = verb - 1; k >= floor && verb - k <= 3; k--)
        {
            var w = article.TokenText(k);
            if (w is "might" or "could" or "may" or "should" or "must")
            {
                return true;
            }

            if (!(w is "have" or "then" or "also" or "well" || WordClasses.IsAdverb(w)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "mocked Tom Lane, who advises the mayor, saying …": a verb of a relative clause speaks for the clause's
    /// antecedent, never for the participle after it, which takes the main clause's subject.
    /// </summary>
    private static bool AfterRelativePronoun(Article article, int verb, int floor) =>
        verb > floor && (article.TokenIs(verb - 1, "who") || article.TokenIs(verb - 1, "which"));

    private static TokenRange SubjectAfterOpeningClause(Article article, int verb, int end)
    {
        for (var k = verb + 1; k + 1 < end; k++)
        {
            if (article.TokenIs(k, ","))
            {
                return PhraseScanner.PhraseAfter(article, k + 1, end);
            }
        }

        return TokenRange.Empty;
    }

    /// <summary>A participle after a form of "be" ("was described", "were granted"); "is saying" stays active.</summary>
    private static bool IsPassive(Article article, int verb)
    {
        if (article.TokenText(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var j = verb - 1;
        while (j >= 0 && WordClasses.IsAdverb(article.TokenText(j)))
        {
            j--;
        }

        return j >= 0 && WordClasses.IsBeForm(article.TokenText(j));
    }

    public static bool IsSentenceStart(Article article, int token)
    {
        var s = article.SentenceOfToken(token);
        return s >= 0 && article.Sentences[s].FirstToken == token;
    }
}
