using NewsNlp.Documents;
using NewsNlp.Stakeholders;

namespace NewsNlp.Quotes;

/// <summary>A half-open range of token indices.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    public static readonly TokenRange Empty = new(0, 0);

    public bool IsEmpty => End <= Start;

    public int Length => End - Start;
}

/// <summary>
/// Finds the noun phrase that names a speaker next to a reporting word: the subject before it
/// ("Secretary of State Marco Rubio cautioned"), the phrase after it ("said Bolden"), or the subject
/// of the sentence for participles and coordinated verbs (", stating that", "but emphasized that").
/// Bounded windows, no recursion.
/// </summary>
internal static class PhraseScanner
{
    private const int MaxPhrase = 9;

    /// <summary>How many comma-separated phrases before a verb may be looked through for its subject.</summary>
    private const int MaxAppositives = 3;

    /// <summary>The longest editor's insertion taken as a subject ("[the former president]").</summary>
    private const int MaxBracketedSubject = 5;

    /// <summary>The subject before a verb: skips adverbs and auxiliaries, then takes the noun phrase.</summary>
    public static TokenRange SubjectBefore(Article article, int verb, int floor)
    {
        var j = verb - 1;
        while (j >= floor && !WordClasses.IsPunctuation(article, j) && (WordClasses.IsAdverb(article.TokenText(j)) || WordClasses.IsAuxiliary(article, j)))
        {
            j--;
        }

        // "Senator Jane Roe (R-Ga.) accused …": a parenthesised aside after the subject (party and state) is skipped.
        if (j > floor && article.TokenIs(j, ")") && OpeningParenthesis(article, j, floor) is var open and > 0 && open > floor)
        {
            j = open - 1;
        }

        var end = j + 1;
        if (j >= floor && WordClasses.IsSubjectPronoun(article.TokenText(j)))
        {
            return new TokenRange(j, end);
        }

        // "Some argue that …": a quantifier alone at the clause start is the (group) subject.
        if (j >= floor && WordClasses.IsPronominalQuantifier(article.TokenText(j)) && (j == floor || WordClasses.IsPunctuation(article, j - 1)))
        {
            return new TokenRange(j, end);
        }

        if (j > floor && article.TokenIs(j, ",") && InterjectedAdverb(article, j, floor) is >= 0 and var subjectEnd)
        {
            // "Residents, meanwhile, said …": an adverb between commas sits between the subject and its verb.
            return article.TokenIs(subjectEnd, ",") ? AppositiveSubject(article, subjectEnd, floor) : NounPhraseEndingAt(article, subjectEnd, floor);
        }

        if (j > floor && article.TokenIs(j, ","))
        {
            return AppositiveSubject(article, j, floor);
        }

        // "[Mr. Trump] said": an editor's insertion in square brackets names the subject.
        if (j > floor && article.TokenIs(j, "]"))
        {
            for (var b = j - 1; b >= floor && j - b <= MaxBracketedSubject; b--)
            {
                if (article.TokenIs(b, "["))
                {
                    return NounPhraseEndingAt(article, j - 1, b + 1);
                }
            }
        }

        if (j > floor && (article.TokenIs(j, "who") || article.TokenIs(j, "that") || article.TokenIs(j, "which")) && WordClasses.IsNounLike(article, j - 1))
        {
            // "a city official who described it as …": a restrictive relative's antecedent is the noun before "who";
            // "The Harbor Post, a website that calls itself …": a description in apposition stands for the name before it.
            // ("data points that suggest …" without a name stays evidence, not a speaker).
            var antecedent = NounPhraseEndingAt(article, j - 1, floor);
            var named = !antecedent.IsEmpty && antecedent.Start - 2 >= floor && article.TokenIs(antecedent.Start - 1, ",") && IsProperNoun(article, antecedent.Start - 2)
                ? NounPhraseEndingAt(article, antecedent.Start - 2, floor) : TokenRange.Empty;
            if (!named.IsEmpty || article.TokenIs(j, "who"))
            {
                return named.IsEmpty ? antecedent : named;
            }
        }

        if (j - 1 > floor && (article.TokenIs(j, "who") || article.TokenIs(j, "which")) && article.TokenIs(j - 1, ","))
        {
            // "Devocht, who had told Montalvo he would …": the relative pronoun's antecedent.
            return NounPhraseEndingAt(article, j - 2, floor);
        }

        var phrase = NounPhraseEndingAt(article, j, floor);

        // "a special envoy dispatched by former US President Donald Trump suggesting …": the agent of a
        // participle modifies the noun before it, which is the subject.
        var by = phrase.Start - 1;
        if (!phrase.IsEmpty && by - 1 > floor && article.TokenIs(by, "by") && IsParticiple(article, by - 1))
        {
            var head = NounPhraseEndingAt(article, by - 2, floor);
            return head.IsEmpty ? phrase : head;
        }

        return phrase;
    }

    /// <summary>A proper noun by tag; untagged, a capitalised word.</summary>
    private static bool IsProperNoun(Article article, int token) =>
        article.Tokens[token].Pos == Upos.PROPN || (article.Tokens[token].Pos == Upos.X && char.IsUpper(article.TokenText(token)[0]));

    /// <summary>The "(" of the short aside closed at <paramref name="close"/>; -1 when there is none within <see cref="MaxBracketedSubject"/> tokens.</summary>
    private static int OpeningParenthesis(Article article, int close, int floor)
    {
        for (var b = close - 1; b >= floor && close - b <= MaxBracketedSubject; b--)
        {
            if (article.TokenIs(b, "("))
            {
                return b;
            }
        }

        return -1;
    }

    private static bool IsParticiple(Article article, int token)
    {
        var w = article.TokenText(token);
        return w.Length > 3 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// The subject of a verb that follows a comma: of the comma-separated phrases before it (at most
    /// <see cref="MaxAppositives"/>), the nearest naming a person ("The secretary general of CEI, Nunzio
    /// Galantino, has called"; "Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said"),
    /// else the one before the appositive ("NATO’s Article 5, described as the cornerstone, states"), else
    /// the phrase before the comma ("The security firm Secunia.com, has said").
    /// </summary>
    private static TokenRange AppositiveSubject(Article article, int comma, int floor)
    {
        var nearest = NounPhraseEndingAt(article, comma - 1, floor);
        var candidate = nearest;
        var fallback = nearest;
        for (var n = 0; n < MaxAppositives && !candidate.IsEmpty; n++)
        {
            if (NamesPerson(article, candidate))
            {
                return candidate;
            }

            var open = PreviousComma(article, candidate.Start - 1, floor);
            if (open < 0)
            {
                break;
            }

            candidate = NounPhraseEndingAt(article, open - 1, floor);
            if (n == 0 && !candidate.IsEmpty)
            {
                fallback = candidate;
            }
        }

        return fallback;
    }

    /// <summary>
    /// The token before ", meanwhile," when the words between the comma at <paramref name="comma"/> and the one
    /// before it are one or two adverbs; -1 otherwise.
    /// </summary>
    private static int InterjectedAdverb(Article article, int comma, int floor)
    {
        var k = comma - 1;
        while (k > floor && comma - k <= 2 && WordClasses.IsAdverb(article.TokenText(k)))
        {
            k--;
        }

        return k < comma - 1 && k > floor && article.TokenIs(k, ",") ? k - 1 : -1;
    }

    /// <summary>The comma opening an appositive that ends at <paramref name="from"/>; -1 at other punctuation or too far.</summary>
    private static int PreviousComma(Article article, int from, int floor)
    {
        for (var k = from; k >= floor && from - k <= MaxPhrase; k--)
        {
            if (article.TokenIs(k, ","))
            {
                return k;
            }

            if (WordClasses.IsPunctuation(article, k) && !article.TokenIs(k, "(") && !article.TokenIs(k, ")") && !IsInnerHyphen(article, k))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool NamesPerson(Article article, TokenRange range) =>
        MentionSearch.NamesPerson(article, article.Tokens[range.Start].Start, article.Tokens[range.End - 1].End);

    /// <summary>The noun phrase ending at <paramref name="last"/>; it never starts with a preposition or an adverb.</summary>
    private static TokenRange NounPhraseEndingAt(Article article, int last, int floor)
    {
        var start = last + 1;
        for (var j = last; j >= floor && last - j <= MaxPhrase && (InPhrase(article, j) || InsideName(article, j)); j--)
        {
            start = j;
        }

        while (start <= last && (WordClasses.IsPreposition(article.TokenText(start)) || WordClasses.IsAdverb(article.TokenText(start))))
        {
            start++;
        }

        return new TokenRange(start, last + 1);
    }

    /// <summary>The noun phrase starting at <paramref name="from"/> ("Bolden", "team member Rodaba Noori").</summary>
    public static TokenRange PhraseAfter(Article article, int from, int ceiling)
    {
        ceiling = Math.Min(ceiling, article.Tokens.Length);
        if (from < ceiling && WordClasses.IsSubjectPronoun(article.TokenText(from)))
        {
            return new TokenRange(from, from + 1);
        }

        var j = from;
        while (j < ceiling && j - from < MaxPhrase && InPhrase(article, j)
            && !(WordClasses.IsPreposition(article.TokenText(j)) && !OfInName(article, j, ceiling)))
        {
            j++;
        }

        // "the minister" ends at a noun, never at a dangling determiner.
        while (j > from && WordClasses.IsDeterminer(article.TokenText(j - 1)))
        {
            j--;
        }

        return new TokenRange(from, j);
    }

    /// <summary>
    /// "said the post by an unknown author": a message followed by "by" and a phrase is that phrase's
    /// (the author speaks through it); otherwise <paramref name="phrase"/> itself.
    /// </summary>
    public static TokenRange WithAgent(Article article, TokenRange phrase, int ceiling)
    {
        if (phrase.IsEmpty || phrase.End + 1 >= ceiling || !article.TokenIs(phrase.End, "by"))
        {
            return phrase;
        }

        var agent = PhraseAfter(article, phrase.End + 1, Math.Min(ceiling, phrase.End + 1 + MaxPhrase));
        return agent.IsEmpty ? phrase : agent;
    }

    /// <summary>
    /// The subject of the sentence holding <paramref name="token"/>: its first noun phrase, after
    /// leading connectives ("But", "However,") and a fronted prepositional phrase ("On Monday, the mayor …").
    /// </summary>
    public static TokenRange SentenceSubject(Article article, int token)
    {
        var s = article.SentenceOfToken(token);
        var first = s >= 0 ? article.Sentences[s].FirstToken : 0;
        var j = AfterWireCredit(article, first, token);
        var subordinate = false;
        while (j < token && (WordClasses.IsPunctuation(article, j) || WordClasses.IsAdverb(article.TokenText(j)) || WordClasses.IsClauseWord(article.TokenText(j))))
        {
            subordinate |= WordClasses.IsClauseWord(article.TokenText(j)) && !WordClasses.IsCoordinator(article.TokenText(j));
            j++;
        }

        if (j < token && (subordinate || WordClasses.IsPreposition(article.TokenText(j)) || WordClasses.IsGerundLike(article, j)))
        {
            // "On Monday, Ms. Ortiz backed …", "Speaking to reporters, Lee denied …", "Before the vote ended, Lee
            // was …": the subject follows the comma that closes the opener.
            var comma = NextComma(article, j + 1, Math.Min(token, j + 1 + MaxPhrase));
            j = comma < Math.Min(token, j + 1 + MaxPhrase) ? comma + 1 : j;
        }

        var phrase = PhraseAfter(article, j, token);
        return phrase;
    }

    /// <summary>
    /// "(AP) — Lee is keeping …": a wire agency's credit opening the sentence (a short bracketed name and a dash)
    /// credits the copy, it is not the sentence's subject; the token after it, or <paramref name="first"/>.
    /// </summary>
    private static int AfterWireCredit(Article article, int first, int limit)
    {
        if (first >= limit || !article.TokenIs(first, "("))
        {
            return first;
        }

        var close = first + 1;
        while (close < limit && close - first <= 3 && !article.TokenIs(close, ")"))
        {
            close++;
        }

        var dash = close + 1;
        return dash < limit && article.TokenIs(close, ")") && article.TokenText(dash) is "—" or "–" or "-" or "--" ? dash + 1 : first;
    }

    /// <summary>
    /// The first token of the comma-delimited phrase holding <paramref name="token"/> when that phrase opens with
    /// a preposition, a subordinator or a relative ("Despite his claim that …,", "After she said …,", ", who
    /// said …,"); -1 otherwise.
    /// </summary>
    public static int FrontedOpener(Article article, int token, int floor)
    {
        var opener = token - 1;
        while (opener > floor && !article.TokenIs(opener - 1, ","))
        {
            opener--;
        }

        if (opener < floor || opener >= token)
        {
            return -1;
        }

        // A coordinator ("and officials said that the plan, approved last year, failed") opens no fronted phrase.
        var word = article.TokenText(opener);
        var coordinator = word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
            || word.Equals("or", StringComparison.OrdinalIgnoreCase) || word.Equals("so", StringComparison.OrdinalIgnoreCase) || word.Equals("yet", StringComparison.OrdinalIgnoreCase);
        return !coordinator && (WordClasses.IsPreposition(word) || WordClasses.IsClauseWord(word) || article.Tokens[opener].Pos is Upos.ADP or Upos.SCONJ) ? opener : -1;
    }

    /// <summary>The first comma at or after <paramref name="from"/> before <paramref name="end"/>; <paramref name="end"/> when none.</summary>
    public static int NextComma(Article article, int from, int end)
    {
        var comma = from;
        while (comma < end && !article.TokenIs(comma, ","))
        {
            comma++;
        }

        return comma;
    }

    /// <summary>Whether the reporting verb at <paramref name="verb"/> has no subject of its own (", stating that", "but emphasized", "– urging").</summary>
    public static bool BorrowsSubject(Article article, int verb, int floor)
    {
        var j = verb - 1;
        while (j >= floor && !WordClasses.IsPunctuation(article, j) && WordClasses.IsAdverb(article.TokenText(j)))
        {
            j--;
        }

        if (j < floor)
        {
            return false;
        }

        var before = article.TokenText(j);
        // "… immediately – urging him, …": a dash sets off a participle clause as a comma does ("X—like Y—rejects" closes an aside).
        var participle = article.TokenText(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        return before is "," || (participle && before is "–" or "—") || before.Equals("and", StringComparison.OrdinalIgnoreCase) || before.Equals("but", StringComparison.OrdinalIgnoreCase)
            || before.Equals("although", StringComparison.OrdinalIgnoreCase) || before.Equals("while", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a token can belong to a speaker's noun phrase.</summary>
    /// <summary>"and" or "or" between two adjectives.</summary>
    private static bool IsCoordinatedModifier(Article article, int token) =>
        (article.TokenIs(token, "and") || article.TokenIs(token, "or")) && token > 0 && token + 1 < article.Tokens.Length
        && article.Tokens[token - 1].Pos == Upos.ADJ && article.Tokens[token + 1].Pos == Upos.ADJ;

    private static bool InPhrase(Article article, int token)
    {
        var word = article.TokenText(token);
        if (IsInnerHyphen(article, token))
        {
            // "Al-Maeena" tokenized as three tokens stays one name.
            return true;
        }

        if (IsCoordinatedModifier(article, token))
        {
            // "current and former U.S. officials" is one group.
            return true;
        }

        if (WordClasses.IsPunctuation(article, token) || WordClasses.IsClauseWord(word) || WordClasses.IsAuxiliary(article, token) && !IsPossessive(word))
        {
            return IsPossessive(word);
        }

        if (WordClasses.IsCamelCaseName(word))
        {
            // "diGenova", "deBlasio": a surname with a lower-case particle, which taggers take for anything.
            return true;
        }

        var pos = article.Tokens[token].Pos;
        if (pos != Upos.X)
        {
            return pos is Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.PART or Upos.ADP or Upos.PRON
                || (pos is Upos.VERB && char.IsUpper(word[0]));
        }

        if (char.IsUpper(word[0]) || Titles.Default.IsTitleWord(word))
        {
            return true;
        }

        // Untagged: a lower-case verb form ends the phrase ("Witkoff defended", "team member Noori told").
        var isVerb = ReportingLexicon.Default.TryGet(word, out var cue) && cue.IsVerb;
        var looksFinite = word.Length > 3 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));
        return !isVerb && !looksFinite && !WordClasses.IsAdverb(word);
    }

    // "Matthew Ingram of The Globe and Mail dubbed": the "and" of a name does not end the phrase.
    private static bool InsideName(Article article, int token) =>
        MentionSearch.InsideMention(article, article.Tokens[token].Start, article.Tokens[token].End);

    public static bool IsInnerHyphen(Article article, int token)
    {
        var tokens = article.Tokens;
        return article.TokenIs(token, "-") && token > 0 && token + 1 < tokens.Length
            && tokens[token - 1].End == tokens[token].Start && tokens[token].End == tokens[token + 1].Start;
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) => word is "'s" or "’s" or "'" or "’";

    // "Secretary of State", "University of NSW": "of" followed by a capitalised word stays in a name.
    private static bool OfInName(Article article, int token, int ceiling) =>
        article.TokenIs(token, "of") && token + 1 < ceiling && char.IsUpper(article.TokenText(token + 1)[0]);
}
