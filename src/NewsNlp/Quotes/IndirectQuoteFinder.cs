using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// Finds reported speech in one sentence: a reporting verb with its complement ("X cautioned that …",
/// "X said the talks will …", "told the court that …"), participles and coordinated verbs (", stating
/// that …", "but emphasized that …"), "according to X, …", and "X’s view is that …". The content runs to
/// the end of the sentence or to the next attribution in it. One left-to-right pass over the sentence.
/// </summary>
internal static class IndirectQuoteFinder
{
    private const int MinContentTokens = 3;
    private const int ThatWindow = 7;
    private const int AdjunctThatWindow = 11;
    private const int ClauseWindow = 8;
    private const int MaxTrailingSpeaker = 6;
    private const int ListenerWords = 4;
    private const int MaxAside = 12;

    /// <summary>The longest part, in tokens, of reported words an attribution interrupts.</summary>
    private const int MaxInterruptedPart = 60;

    /// <summary>How far back a clause before an interrupting attribution is searched for its verb.</summary>
    private const int MaxClauseScan = 24;

    /// <summary>Subordinators that open an adverbial clause after a reporting verb, never its content.</summary>
    private static readonly WordTable<bool> AdverbialSubordinators = WordTable.Of("as", "while", "before", "after", "since", "until", "once", "because");

    /// <summary>
    /// Verbs of praise, blame and depiction that describe with "as" like "described … as" does ("hailed her as a
    /// careful steward", "framed the plan as reckless"); without "as" they report no words ("framed the question").
    /// </summary>
    private static readonly WordTable<bool> PraiseOrBlameAs = WordTable.Of("praise", "hail", "applaud", "criticize", "condemn", "dismiss", "portray", "frame");

    /// <summary>Verbs and nouns of commitment whose infinitive is the promise ("vowed to veto", "his pledge to rebuild").</summary>
    private static readonly WordTable<bool> Commitments = WordTable.Of("vow", "pledge", "promise", "threaten", "threat");

    private static readonly WordTable<bool> RelativePronouns = WordTable.Of("that", "which", "who", "what");

    /// <summary>Finite verbs that open the content of a relative clause whose gap is the content's subject ("that she said were …").</summary>
    private static readonly WordTable<bool> GapVerbs = WordTable.Of("is", "are", "was", "were", "would", "will", "could", "can", "had", "has", "have");

    /// <summary>Words before "to" + reporting verb that make the speech happen ("went on to say", "quick to aver", "took to Twitter to say").</summary>
    private static readonly WordTable<bool> RealisingWords = WordTable.Of("on", "quick", "careful", "proceeded", "hastened", "rushed", "Twitter", "Facebook");

    public static void Find(Article article, Sentence sentence, IReadOnlyList<TextSpan> quoted, List<QuoteDraft> found)
    {
        var end = WordClasses.EndWithoutTrailingPunctuation(article, sentence.FirstToken, sentence.EndToken);

        for (var v = sentence.FirstToken; v < end; v++)
        {
            if (IsQuoted(article.Tokens[v].Start, quoted) || !ReportingCues.IsVerb(article, v, out var word) || IsGerundOrInfinitive(article, v, sentence.FirstToken)
                || ReportingCues.IsNegated(article, v, sentence.FirstToken))
            {
                continue;
            }

            if (InterruptsAfterSubject(article, sentence, v, word, end, quoted, found))
            {
                continue;
            }

            var (content, isPhrase) = Complement(article, v, word, end);
            if (content < 0)
            {
                if (!AsAttribution(article, sentence, v, word, end, quoted, found))
                {
                    TrailingAttribution(article, sentence, v, word, end, quoted, found);
                }

                continue;
            }

            // "reacted by proposing counter-measures" is an action; "by calling for X to resign" asks for something.
            // "“…,” Lee told the delegates on Monday": the verb of a quotation's attribution has it as its
            // content, and the words after it are the listener or adjuncts unless "that" opens a clause.
            if ((isPhrase && word.VerbLemma != "call" && ReportingCues.IsMeansClause(article, v)) || (AttributesQuotation(article, found, v) && !article.TokenIs(content - 1, "that")))
            {
                continue;
            }

            var contentEnd = NextAttribution(article, content, end);
            if (isPhrase)
            {
                contentEnd = PhraseEnd(article, content, contentEnd);
            }

            // A quotation opening or closing a noun-phrase content is a partial quote of its own ("call for
            // "urgent …"", "described the guarantees as “game-changing”"); one in its middle is part of it.
            if (contentEnd - content < MinContentTokens || (MostlyQuoted(article, content, contentEnd, quoted) && !JoinsQuotations(article, content, contentEnd, quoted))
                || (isPhrase && (IsQuoted(article.Tokens[Math.Min(content + 1, contentEnd - 1)].Start, quoted) || IsQuoted(article.Tokens[contentEnd - 1].Start, quoted))))
            {
                continue;
            }

            var speaker = ReportingCues.SpeakerOf(article, v);
            if (speaker.IsEmpty)
            {
                continue;
            }

            found.Add(Draft(article, content, contentEnd, new Attribution(speaker, v, word.VerbLemma, 0.8)));
            v = contentEnd - 1;
        }

        AccordingToSentence(article, sentence, end, quoted, found);
        ViewIsThat(article, sentence, end, quoted, found);
        PossessedClaimThat(article, sentence, end, quoted, found);
    }

    /// <summary>
    /// The first token of the verb's content and whether the content is a noun phrase rather than a
    /// clause; -1 when the verb has no content here.
    /// </summary>
    private static (int Start, bool IsPhrase) Complement(Article article, int verb, ReportingWord word, int end)
    {
        var next = verb + 1;
        // "vowed on Friday to veto the bill": a commitment's infinitive is what was promised.
        if (Commitments.Contains(word.VerbLemma) && SkipTimeExpression(article, next, end) is var to && to + 1 < end && article.TokenIs(to, "to")
            && char.IsLower(article.TokenText(to + 1)[0]) && !WordClasses.IsDeterminer(article.TokenText(to + 1))
            && !WordClasses.IsSubjectPronoun(article.TokenText(to + 1)) && article.TokenText(to + 1) is not ("him" or "her" or "them" or "us" or "me" or "you"))
        {
            return (to, true);
        }

        // "argued at a town hall meeting in May that …", "said loudly, and for all to hear, that …": an adjunct
        // opening with a preposition or an adverb may hold the "that" off longer.
        var opener = article.TokenText(Math.Min(next, end - 1));
        var window = WordClasses.IsPreposition(opener) || WordClasses.IsAdverb(opener) ? AdjunctThatWindow : ThatWindow;
        for (var k = next; k < end && k - next < window; k++)
        {
            // "added to that tension", "insisted in that meeting that …": "that" after a preposition is a demonstrative.
            if (article.TokenIs(k, "that") && k > next && WordClasses.IsPreposition(article.TokenText(k - 1)))
            {
                continue;
            }

            // "said permits were considered but that water came first": a "that" after a coordinator opens the
            // second of two coordinated clauses; the content is both, from the bare first one.
            if (article.TokenIs(k, "that") && k - 1 > next && WordClasses.IsCoordinator(article.TokenText(k - 1)))
            {
                break;
            }

            if (article.TokenIs(k, "that") && IsRelativeThat(article, next, k, word))
            {
                // "criticizing the same budget that she voted for": "that" opens a relative clause of the object.
                break;
            }

            // "said in a statement that was released": "that" before a verb is a relative pronoun of the adjunct's noun.
            if (article.TokenIs(k, "that") && window == AdjunctThatWindow && k + 1 < end && WordClasses.IsVerbLike(article, k + 1))
            {
                break;
            }

            if (article.TokenIs(k, "that"))
            {
                var start = k + 1;
                while (start < end && article.TokenIs(start, ","))
                {
                    start++;
                }

                return (start, false);
            }

            if ((WordClasses.IsPunctuation(article, k) && !article.TokenIs(k, ",")) || ReportingCues.IsVerb(article, k, out _))
            {
                break;
            }
        }

        if ((word.Use & ReportingUse.BareClause) != 0)
        {
            // "warned on Tuesday the country faced …", "told reporters the company had …"
            var clause = SkipTimeExpression(article, next, end);
            if ((word.Use & ReportingUse.Listener) != 0 && ClauseAfterListener(article, clause, end) is var afterListener and >= 0)
            {
                return (afterListener, false);
            }

            if (ClauseFollows(article, clause, end))
            {
                return (clause, false);
            }
        }

        // "the files that she said were private": a relative pronoun's gap is the subject of the content, which
        // opens with its verb and, like a phrase, ends with the relative clause at a comma ("…, which Lee
        // claimed was fine, could change").
        if (RelativeGapBefore(article, verb) && next < end && GapVerbs.Contains(article.TokenText(next)))
        {
            return (next, true);
        }

        // "accused the governor of hiding the report": the charge after "of" is what was said.
        if (word.VerbLemma == "accuse" && AfterShortObject(article, next, end, "of") is var charge and >= 0)
        {
            return (charge, false);
        }

        // "told residents to stay indoors", "warned them not to travel": a request keeps its addressee.
        if ((word.Use & ReportingUse.Listener) != 0 && IsRequest(article, next, end))
        {
            return (next, true);
        }

        // "hailed Ms. Ortiz as a careful steward": "X as Y" is what was said, as after "described".
        if (PraiseOrBlameAs.Contains(word.VerbLemma) && AfterShortObject(article, next, end, "as") >= 0)
        {
            return (next, true);
        }

        if ((word.Use & ReportingUse.Phrase) == 0 || next >= end)
        {
            return (-1, false);
        }

        // "called for further clarification": the particle belongs to the cue.
        // "called on the governor to resign": "on" with an addressee (not a day) asks for something too.
        if (word.VerbLemma == "call")
        {
            var asksAddressee = article.TokenIs(next, "on") && next + 1 < end && !WordClasses.IsTimeNoun(article.TokenText(next + 1))
                && article.Tokens[next + 1].Pos != Upos.NUM;
            if (article.TokenIs(next, "for") || asksAddressee)
            {
                return (next + 1, true);
            }

            // "calling Lee a bully": a short object and a predicate noun phrase name what was said ("call X Y").
            var named = AfterShortObject(article, next, end, "a") >= 0 || AfterShortObject(article, next, end, "an") >= 0;
            return named && !WordClasses.IsDeterminer(article.TokenText(next)) ? (next, true) : (-1, false);
        }

        var first = article.TokenText(next);
        var startsPhrase = !WordClasses.IsPunctuation(article, next) && !WordClasses.IsAdverb(first) && !WordClasses.IsClauseWord(first)
            && !(WordClasses.IsPreposition(first) && !first.Equals("to", StringComparison.OrdinalIgnoreCase));
        return startsPhrase ? (next, true) : (-1, false);
    }

    /// <summary>
    /// A relative pronoun and a one-word subject before the verb, with its auxiliaries and adverbs: "(files) that
    /// she | said", "which Lee wrongly | claimed", "what Ryan had | argued".
    /// </summary>
    private static bool RelativeGapBefore(Article article, int verb)
    {
        var subject = verb - 1;
        while (subject > 0 && verb - subject <= 3 && (WordClasses.IsAdverb(article.TokenText(subject)) || WordClasses.IsAuxiliary(article.TokenText(subject))))
        {
            subject--;
        }

        if (subject < 1)
        {
            return false;
        }

        if (WordClasses.IsSubjectPronoun(article.TokenText(subject)))
        {
            return RelativePronouns.Contains(article.TokenText(subject - 1));
        }

        // A name of a few capitalised words ("which Ann Cole claimed").
        var first = subject;
        while (first >= 1 && subject - first < 3 && char.IsUpper(article.TokenText(first)[0]))
        {
            first--;
        }

        return first < subject && RelativePronouns.Contains(article.TokenText(first));
    }

    /// <summary>
    /// "that" after a noun of the verb's object ("criticized the bill that …"): a relative pronoun, not a
    /// complementiser. A listener ("told reporters that") and time words ("said the same day that") are no object.
    /// </summary>
    private static bool IsRelativeThat(Article article, int objectStart, int that, ReportingWord word)
    {
        var first = article.TokenText(objectStart);
        if ((word.Use & ReportingUse.Listener) != 0 || that <= objectStart || !(WordClasses.IsDeterminer(first) || WordClasses.IsPossessivePronoun(first)))
        {
            return false;
        }

        var noun = that - 1;
        return WordClasses.IsNounLike(article, noun) && !WordClasses.IsTimeNoun(article.TokenText(noun));
    }

    /// <summary>
    /// The token after <paramref name="preposition"/> when it follows a short object of the verb ("accused
    /// Rice | of"); -1 when punctuation, a verb or too many words come first.
    /// </summary>
    private static int AfterShortObject(Article article, int from, int end, string preposition)
    {
        for (var k = from + 1; k < end && k - from <= ListenerWords; k++)
        {
            if (article.TokenIs(k, preposition))
            {
                return k + 1 < end ? k + 1 : -1;
            }

            if (WordClasses.IsPunctuation(article, k) && !IsBracket(article, k) || WordClasses.IsVerbLike(article, k) || WordClasses.IsClauseWord(article.TokenText(k)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A short addressee followed by "to" (or "not to") and a verb: "residents to stay", "them not to travel".</summary>
    private static bool IsRequest(Article article, int from, int end)
    {
        var to = AfterShortObject(article, from, end, "to") - 1;
        if (to < 0 && AfterShortObject(article, from, end, "not") is var not and >= 0 && not < end && article.TokenIs(not, "to"))
        {
            to = not;
        }

        if (to < 0 || to + 1 >= end)
        {
            return false;
        }

        var verb = article.TokenText(to + 1);
        return char.IsLower(verb[0]) && !WordClasses.IsDeterminer(verb) && !WordClasses.IsSubjectPronoun(verb) && !WordClasses.IsPunctuation(article, to + 1);
    }

    private static bool IsBracket(Article article, int token) => article.TokenText(token) is "(" or ")";

    /// <summary>
    /// The start of a clause after a short listener ("told Montalvo he would …", "told LA Weekly the case
    /// was …"): a subject pronoun or a determiner opening a clause within a few words; -1 when none does.
    /// </summary>
    private static int ClauseAfterListener(Article article, int listener, int end)
    {
        for (var k = listener + 1; k < end && k - listener <= ListenerWords; k++)
        {
            var w = article.TokenText(k);
            if (WordClasses.IsPunctuation(article, k) || WordClasses.IsVerbLike(article, k) || WordClasses.IsClauseWord(w))
            {
                return -1;
            }

            if ((WordClasses.IsSubjectPronoun(w) || w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase))
                && ClauseFollows(article, k, end))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Skips a time expression between a verb and its content: "on Tuesday", "last week", "yesterday".
    /// </summary>
    private static int SkipTimeExpression(Article article, int start, int end)
    {
        var k = start;
        if (k + 1 < end && article.TokenIs(k, "on") && char.IsUpper(article.TokenText(k + 1)[0]))
        {
            k += 2;
            while (k < end && char.IsAsciiDigit(article.TokenText(k)[0]))
            {
                k++;
            }

            return k;
        }

        if (k + 1 < end && (article.TokenIs(k, "last") || article.TokenIs(k, "this") || article.TokenIs(k, "next")) && WordClasses.IsTimeNoun(article.TokenText(k + 1)))
        {
            return k + 2;
        }

        return k < end && WordClasses.IsTimeNoun(article.TokenText(k)) ? k + 1 : k;
    }

    /// <summary>A noun-phrase content ends at a comma or a contrasting conjunction ("the envoy’s visit but refrained …").</summary>
    private static int PhraseEnd(Article article, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var w = article.TokenText(k);
            if (w is "," or ";" or ":" || w.Equals("but", StringComparison.OrdinalIgnoreCase) || w.Equals("while", StringComparison.OrdinalIgnoreCase)
                || w.Equals("although", StringComparison.OrdinalIgnoreCase) || w.Equals("because", StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>A bare clause: a subject pronoun, or a noun phrase followed by a finite verb ("Putin's motivation stems").</summary>
    private static bool ClauseFollows(Article article, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        var first = article.TokenText(start);
        if (AdverbialSubordinators.Contains(first))
        {
            // "declared as he left", "said before leaving": an adverbial clause tells when or why, not what was said
            // ("warned if talks fail, …" keeps its content, and "asked when/where …" is a reported question).
            return false;
        }

        if (WordClasses.IsSubjectPronoun(first))
        {
            // "said this morning" is no clause; "suggest this could be" is.
            return !first.Equals("this", StringComparison.OrdinalIgnoreCase) || (start + 1 < end && WordClasses.IsVerbLike(article, start + 1));
        }

        // "found only a quarter of citizens favoured …": a focusing adverb may open the subject.
        if (WordClasses.IsAdverb(first) && start + 1 < end && !WordClasses.IsVerbLike(article, start + 1) && !WordClasses.IsPunctuation(article, start + 1))
        {
            start++;
            first = article.TokenText(start);
        }

        if (WordClasses.IsPreposition(first) || WordClasses.IsPunctuation(article, start) || WordClasses.IsAdverb(first))
        {
            return false;
        }

        var appositive = false;
        for (var k = start + 1; k < end && k - start <= ClauseWindow; k++)
        {
            // Prepositions may post-modify the subject ("the amount of feedback for Mohamed had helped").
            var w = article.TokenText(k);
            if (article.TokenIs(k, ",") && !appositive && ClosingComma(article, k, end) is var close and > 0)
            {
                // "said John Kerry, the Secretary of State, contacted …"
                appositive = true;
                start += close - k;
                k = close;
                continue;
            }

            // "said the budget (which passed last week) would be …": an aside in brackets is skipped.
            if (article.TokenIs(k, "(") && ClosingBracket(article, k, end) is var closing and > 0)
            {
                start += closing - k;
                k = closing;
                continue;
            }

            // "said the scandal-plagued executive would …": a hyphen inside a word joins it.
            if (PhraseScanner.IsInnerHyphen(article, k))
            {
                continue;
            }

            // "said resources and kits would be …": a coordinated subject.
            var coordinated = (article.TokenIs(k, "and") || article.TokenIs(k, "or")) && k + 1 < end && !WordClasses.IsVerbLike(article, k + 1);
            if (!coordinated && (WordClasses.IsPunctuation(article, k) || WordClasses.IsClauseWord(w)))
            {
                return false;
            }

            // "a willingness to consider": an infinitive is no finite verb.
            if ((WordClasses.IsVerbLike(article, k) || IsVerbAfterPossessiveNoun(article, k, start)) && !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !WordClasses.EndsPossessive(w)
                && !article.TokenIs(k - 1, "to"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bracket closing the aside opened at <paramref name="open"/> within a short window, or -1.</summary>
    private static int ClosingBracket(Article article, int open, int end)
    {
        for (var k = open + 1; k < end && k - open <= MaxAside; k++)
        {
            if (article.TokenIs(k, ")"))
            {
                return k;
            }

            if (article.TokenIs(k, "("))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The comma closing an appositive opened at <paramref name="comma"/>, or -1.</summary>
    private static int ClosingComma(Article article, int comma, int end)
    {
        for (var k = comma + 1; k < end && k - comma <= ClauseWindow; k++)
        {
            if (article.TokenIs(k, ","))
            {
                return k;
            }

            if (WordClasses.IsPunctuation(article, k) || WordClasses.IsVerbLike(article, k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Putin’s motivation stems": an -s word right after "possessive + noun" is the clause's verb, whatever
    /// the tagger made of it (a noun phrase "Putin’s motivation" takes no second noun in -s).
    /// </summary>
    private static bool IsVerbAfterPossessiveNoun(Article article, int token, int start)
    {
        var w = article.TokenText(token);
        return token - 2 >= start && w.Length > 3 && char.IsLower(w[0]) && w[^1] == 's' && w[^2] != 's'
            && WordClasses.EndsPossessive(article.TokenText(token - 2)) && char.IsLower(article.TokenText(token - 1)[0]);
    }

    /// <summary>
    /// Where the content ends: before a later attribution (", stating that", "but emphasized", "but Afghan
    /// Ambassador Hamdullah Mohib says") or at the sentence end.
    /// </summary>
    private static int NextAttribution(Article article, int content, int end)
    {
        for (var k = content + 1; k < end; k++)
        {
            if (article.TokenIs(k, "according") && k + 1 < end && article.TokenIs(k + 1, "to"))
            {
                // "… faced a hard winter, according to state media": the relay is no content.
                return WordClasses.EndWithoutTrailingPunctuation(article, content + 1, k);
            }

            if (!ReportingCues.IsVerb(article, k, out _))
            {
                continue;
            }

            // "… the fact that he wanted immunity suggested the adviser feels …, one official said": a
            // verb closing the sentence after a comma and a short speaker phrase attributes it all.
            if (k == end - 1 && AttributionTail.SpeakerBefore(article, k, content, MaxTrailingSpeaker, t => IsSpeakerWord(article, t), out var comma) is { IsEmpty: false }
                && comma > content && article.TokenIs(comma, ","))
            {
                return comma;
            }

            var subject = PhraseScanner.SubjectBefore(article, k, content);
            if (!subject.IsEmpty && subject.Start > content && IsContrast(article, subject.Start - 1))
            {
                // "…, though she insisted": the comma before the conjunction is no content either.
                return WordClasses.EndWithoutTrailingPunctuation(article, content, subject.Start - 1);
            }

            // "While Lee said the plan was sound, she insisted …": a fronted subordinate clause ends at the comma
            // before the main clause's subject and reporting verb.
            if (!subject.IsEmpty && subject.Start - 1 > content && article.TokenIs(subject.Start - 1, ",") && OpensWithSubordinator(article, content))
            {
                return subject.Start - 1;
            }

            // "… targeted everyone, and she said she had an answer": a clause coordinated after a comma with
            // its own subject and reporting verb is the next attribution, not content.
            if (!subject.IsEmpty && subject.Start - 2 > content && article.TokenIs(subject.Start - 1, "and") && AfterComma(article, subject.Start - 1, content))
            {
                return WordClasses.EndWithoutTrailingPunctuation(article, content, subject.Start - 1);
            }

            // "… told of the fire, which the ministry calls an “assault”": a relative clause with its
            // own reporting verb is another attribution, not content.
            if (!subject.IsEmpty && subject.Start - 2 > content && article.TokenIs(subject.Start - 2, ",")
                && (article.TokenIs(subject.Start - 1, "which") || article.TokenIs(subject.Start - 1, "what")))
            {
                return subject.Start - 2;
            }

            if (PhraseScanner.BorrowsSubject(article, k, content))
            {
                // Back over the verb's adverbs, its conjunction, then the punctuation (", and also stated"): an
                // adverb before that punctuation ends the content ("… immediately – urging").
                var cut = k;
                while (cut > content && WordClasses.IsAdverb(article.TokenText(cut - 1)))
                {
                    cut--;
                }

                while (cut > content && (WordClasses.IsPunctuation(article, cut - 1) || WordClasses.IsClauseWord(article.TokenText(cut - 1))))
                {
                    cut--;
                }

                return cut;
            }
        }

        return end;
    }

    /// <summary>Whether the sentence holding <paramref name="token"/> opens with a subordinator ("While", "Although", "When", "If").</summary>
    private static bool OpensWithSubordinator(Article article, int token)
    {
        var sentence = article.SentenceOfToken(token);
        if (sentence < 0)
        {
            return false;
        }

        var first = article.TokenText(article.Sentences[sentence].FirstToken);
        return WordClasses.IsClauseWord(first) && !WordClasses.IsCoordinator(first) && !first.Equals("that", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A comma right before <paramref name="token"/>, also inside a closing quotation mark ("everywhere,” and").</summary>
    private static bool AfterComma(Article article, int token, int floor)
    {
        var k = token - 1;
        while (k > floor && article.TokenText(k) is ['"' or '”' or '’' or '\'' or '»'])
        {
            k--;
        }

        return k > floor && article.TokenIs(k, ",");
    }

    private static bool IsContrast(Article article, int token) =>
        article.TokenIs(token, "but") || article.TokenIs(token, "while") || article.TokenIs(token, "whereas") || article.TokenIs(token, "though")
        || article.TokenIs(token, "although") || article.TokenIs(token, ";");

    /// <summary>
    /// "As Heald told The Huffington Post, US surface ozone has dropped …": an attribution clause opening
    /// the sentence with "As"; the content is the main clause after its comma.
    /// </summary>
    private static bool AsAttribution(Article article, Sentence sentence, int verb, ReportingWord word, int end, IReadOnlyList<TextSpan> quoted, List<QuoteDraft> found)
    {
        var first = sentence.FirstToken;
        if (!article.TokenIs(first, "as") || verb - first > ClauseWindow)
        {
            return false;
        }

        var comma = verb + 1;
        while (comma < end && comma - verb <= ThatWindow && !WordClasses.IsPunctuation(article, comma))
        {
            comma++;
        }

        var speaker = PhraseScanner.SubjectBefore(article, verb, first + 1);
        if (comma >= end || !article.TokenIs(comma, ",") || speaker.IsEmpty || end - (comma + 1) < MinContentTokens || MostlyQuoted(article, comma + 1, end, quoted))
        {
            return false;
        }

        found.Add(Draft(article, comma + 1, end, new Attribution(speaker, verb, word.VerbLemma, 0.8)));
        return true;
    }

    /// <summary>
    /// The attribution closing a sentence: "content, researchers say." or "content, said the minister.":
    /// the content is the sentence before the comma; the speaker a short phrase without a verb of its own.
    /// </summary>
    private static void TrailingAttribution(Article article, Sentence sentence, int verb, ReportingWord word, int end, IReadOnlyList<TextSpan> quoted, List<QuoteDraft> found)
    {
        // "…, researchers say.", "…, a source told Politico in February.", "…, he tweeted."
        var closing = verb == end - 1 || (verb > sentence.FirstToken && AttributionTail.IsAdjunctTail(article, verb + 1, end));
        var comma = -1;
        var speaker = closing ? AttributionTail.SpeakerBefore(article, verb, sentence.FirstToken, MaxTrailingSpeaker, t => IsSpeakerWord(article, t), out comma) : TokenRange.Empty;
        if (speaker.IsEmpty && (word.Use & ReportingUse.BareClause) == 0)
        {
            return;
        }

        if (speaker.IsEmpty)
        {
            // "…, said the minister." ("…, written by X" is a passive, not an attribution.)
            comma = verb - 1;
            if (WordClasses.IsPreposition(article.TokenText(verb + 1)))
            {
                return;
            }

            var speakerEnd = verb + 1;
            while (speakerEnd < end && speakerEnd - verb <= MaxTrailingSpeaker && IsSpeakerWord(article, speakerEnd))
            {
                speakerEnd++;
            }

            if (speakerEnd < end && article.TokenIs(speakerEnd, ",") && speakerEnd > verb + 1 && article.TokenIs(comma, ","))
            {
                // "Institutional recipients, said Mauer, are required to …": the attribution splits the quote in two.
                Interrupted(article, sentence, new TokenRange(verb + 1, speakerEnd), verb, word, end, quoted, found);
                return;
            }

            if (speakerEnd != end)
            {
                return;
            }

            speaker = new TokenRange(verb + 1, end);
        }

        if (speaker.IsEmpty || comma <= sentence.FirstToken || !article.TokenIs(comma, ","))
        {
            return;
        }

        var to = comma;
        var first = article.TokenText(sentence.FirstToken);

        // "When the talks ended, officials said …" is a subordinate clause, not what was said. A closing
        // attribution ("Among the guests was the mayor, the report said.") reports the whole sentence before
        // it, fronted prepositional phrase and all.
        if (to - sentence.FirstToken < MinContentTokens || WordClasses.IsClauseWord(first) || (WordClasses.IsPreposition(first) && !closing)
            || MostlyQuoted(article, sentence.FirstToken, to, quoted))
        {
            return;
        }

        // "X quipped that he would have been smart to avoid taxes, as his rival charged": the words before ", as"
        // are already X's; what the rival charged is only part of them, so no quote is made of it.
        var draft = Draft(article, sentence.FirstToken, to, new Attribution(speaker, verb, word.VerbLemma, 0.7));
        if (article.TokenIs(comma + 1, "as") && HasOwnVerb(found, article.Tokens[sentence.FirstToken].Start, draft.Content))
        {
            return;
        }

        found.Add(draft);
    }

    private static void Interrupted(Article article, Sentence sentence, TokenRange speaker, int verb, ReportingWord word, int end, IReadOnlyList<TextSpan> quoted, List<QuoteDraft> found) =>
        Interrupted(article, sentence, verb - 1, speaker.End + 1, new Attribution(speaker, verb, word.VerbLemma, 0.7), end, quoted, found);

    /// <summary>
    /// The content before the attribution (to <paramref name="before"/>, its comma) and after it (from
    /// <paramref name="after"/>): two quotes of one speaker. A content resuming with a quotation ("…, she said, and
    /// “…”") is that quotation's own; the words before the attribution are still a quote.
    /// </summary>
    private static bool Interrupted(Article article, Sentence sentence, int before, int after, Attribution attribution, int end, IReadOnlyList<TextSpan> quoted, List<QuoteDraft> found)
    {
        var first = article.TokenText(sentence.FirstToken);
        // "“A,” he said, …": words opening with a quotation are that quotation's, attributed already. Parts
        // longer than a clause are no interrupted content (and a run-on of attributions stays linear in output).
        if (before <= sentence.FirstToken || before - sentence.FirstToken > MaxInterruptedPart || end - after > MaxInterruptedPart || WordClasses.IsClauseWord(first) || WordClasses.IsPreposition(first) || WordClasses.IsGerundLike(article, sentence.FirstToken)
            || IsQuoted(article.Tokens[sentence.FirstToken].Start, quoted) || IsQuoted(article.Tokens[sentence.FirstToken + 1].Start, quoted))
        {
            return false;
        }

        // ", and there is no mechanism …": the coordinator joins the two parts, it is not said.
        var coordinated = after < end && WordClasses.IsCoordinator(article.TokenText(after));
        if (coordinated)
        {
            after++;
        }

        // Two clauses, or a subject and its predicate ("Trump, he noted, had …"); never a time or place alone
        // ("Yesterday, Lee said, the plan …").
        var clauseBefore = HasVerb(article, sentence.FirstToken, before);
        var resumes = end - after >= MinContentTokens && !MostlyQuoted(article, after, end, quoted)
            && (clauseBefore || WordClasses.IsVerbLike(article, after) || WordClasses.IsAdverb(article.TokenText(after)));
        // A quotation right after the attribution is what it introduces ("…, Lee said, “…”"), unless a
        // coordinator adds it to the words before ("…, she said, and “…”").
        if (!resumes && !(clauseBefore && coordinated && after + 1 < end && IsQuoted(article.Tokens[after + 1].Start, quoted)))
        {
            return false;
        }

        found.Add(Draft(article, sentence.FirstToken, before, attribution));
        if (resumes)
        {
            found.Add(Draft(article, after, end, attribution));
        }

        return true;
    }

    /// <summary>
    /// "The program, it said, also exceeded …", "The mayor, he noted, had a rare talent …", "The question … had been
    /// settled, Ms. Lee and Mr. Roe wrote, and there is …": a subject and its verb set between commas inside the
    /// content split it in two, like "…, said Mauer, …" does.
    /// </summary>
    private static bool InterruptsAfterSubject(Article article, Sentence sentence, int verb, ReportingWord word, int end, IReadOnlyList<TextSpan> quoted, List<QuoteDraft> found)
    {
        if (verb + 1 >= end || !article.TokenIs(verb + 1, ","))
        {
            return false;
        }

        var speaker = AttributionTail.SpeakerBefore(article, verb, sentence.FirstToken, MaxTrailingSpeaker, t => IsSpeakerWord(article, t) || JoinsNames(article, t), out var comma);
        if (speaker.IsEmpty || comma <= sentence.FirstToken || !article.TokenIs(comma, ",") || IsAdverbOnly(article, sentence.FirstToken, comma))
        {
            return false;
        }

        return Interrupted(article, sentence, comma, verb + 2, new Attribution(speaker, verb, word.VerbLemma, 0.7), end, quoted, found);
    }

    /// <summary>A verb among the last <see cref="MaxClauseScan"/> tokens before <paramref name="to"/>: bounded, so a sentence of many attributions stays linear.</summary>
    private static bool HasVerb(Article article, int from, int to)
    {
        for (var t = Math.Max(from, to - MaxClauseScan); t < to; t++)
        {
            if (WordClasses.IsVerbLike(article, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Ms. Lee and Mr. Roe": an "and" between two capitalised words joins two names into one speaker phrase.</summary>
    private static bool JoinsNames(Article article, int token) =>
        article.TokenIs(token, "and") && token > 0 && token + 1 < article.Tokens.Length
        && char.IsUpper(article.TokenText(token - 1)[0]) && char.IsUpper(article.TokenText(token + 1)[0]);

    /// <summary>"Meanwhile, officials said, …": a lone adverb before the comma is no content.</summary>
    private static bool IsAdverbOnly(Article article, int from, int to) => to - from == 1 && WordClasses.IsAdverb(article.TokenText(from));

    /// <summary>A word of a short trailing speaker phrase: no punctuation but a possessive mark ("Nunes’ director"), no verb, no clause word.</summary>
    private static bool IsSpeakerWord(Article article, int token) =>
        (!WordClasses.IsPunctuation(article, token) || article.TokenText(token) is "’" or "'") && !WordClasses.IsClauseWord(article.TokenText(token))
        && article.Tokens[token].Pos is not (Upos.VERB or Upos.AUX);

    private static void AccordingToSentence(Article article, Sentence sentence, int end, IReadOnlyList<TextSpan> quoted, List<QuoteDraft> found)
    {
        var attribution = AccordingTo.Find(article, sentence.FirstToken, out var according);
        if (!attribution.Found)
        {
            return;
        }

        int from, to;
        var clause = AccordingTo.ClauseAfter(article, attribution.Phrase.End, end);
        if (according == sentence.FirstToken)
        {
            // "According to X, content.", "According to officials at the Pentagon, content."
            from = clause > 0 ? clause : attribution.Phrase.End;
            while (from < end && WordClasses.IsPunctuation(article, from))
            {
                from++;
            }

            to = end;
        }
        else if (article.TokenIs(according - 1, "that") && clause > 0)
        {
            // "Wikinews has learned that according to an Internet posting made …, the website is …"
            from = clause;
            to = end;
        }
        else
        {
            // "content, according to X."
            from = sentence.FirstToken;
            to = WordClasses.EndWithoutTrailingPunctuation(article, from, according);
        }

        // "According to the Herald, Professor Burrows said …": the relayed source with a verb of its own speaks.
        if (to - from >= MinContentTokens && !HasOwnVerb(found, article.Tokens[sentence.FirstToken].Start, new TextSpan(article.Tokens[from].Start, article.Tokens[to - 1].End)) && !HasAttributedQuotation(found, sentence.FirstToken, end)
            && !MostlyQuoted(article, from, to, quoted))
        {
            found.Add(Draft(article, from, to, attribution));

            // "The rise …, according to Varga, rests on …": the source interrupts the content, which
            // resumes with its predicate after the closing comma (like "Institutional recipients, said Mauer, are …").
            if (according > sentence.FirstToken && clause > 0 && end - clause >= MinContentTokens && WordClasses.IsVerbLike(article, clause)
                && !MostlyQuoted(article, clause, end, quoted))
            {
                found.Add(Draft(article, clause, end, attribution));
            }
        }
    }

    /// <summary>
    /// Whether reported speech with a verb of its own was found over <paramref name="content"/> in the sentence
    /// starting at <paramref name="start"/>: this sentence's drafts are the last ones added, so the look back
    /// stops at the sentence start. Speech elsewhere in the sentence ("…, according to an aide who described
    /// it as …") leaves the relayed content to "according to".
    /// </summary>
    private static bool HasOwnVerb(List<QuoteDraft> found, int start, TextSpan content)
    {
        for (var i = found.Count - 1; i >= 0 && found[i].Run < 0 && found[i].Content.Start >= start; i--)
        {
            if (found[i].Attribution.CueLemma != AccordingTo.Lemma && found[i].Content.Start < content.End && content.Start < found[i].Content.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "“…,” Dubke wrote in an email, according to Politico": a quotation attributed by a reporting verb in
    /// this sentence is its speaker's words; the outlet after "according to" only relays them.
    /// </summary>
    private static bool HasAttributedQuotation(List<QuoteDraft> found, int firstToken, int endToken) =>
        found.Exists(d => d.Run >= 0 && d.Attribution.Cue >= firstToken && d.Attribution.Cue < endToken && d.Attribution.CueLemma != AccordingTo.Lemma);

    /// <summary>Whether the verb at <paramref name="verb"/> closes the attribution of a whole quotation before it ("“…,” Lee told").</summary>
    private static bool AttributesQuotation(Article article, List<QuoteDraft> found, int verb) =>
        found.Exists(d => d.Run >= 0 && d.Kind == QuoteKind.Direct && d.Attribution.Cue == verb && d.Content.End <= article.Tokens[verb].Start);

    /// <summary>"X’s view is that …": a possessive, a reporting noun, a form of "be", "that".</summary>
    private static void ViewIsThat(Article article, Sentence sentence, int end, IReadOnlyList<TextSpan> quoted, List<QuoteDraft> found)
    {
        for (var t = sentence.FirstToken + 1; t + 3 < end; t++)
        {
            var possessive = article.TokenText(t);
            if (possessive is not ("'s" or "’s") || !ReportingLexicon.Default.TryGet(article.TokenText(t + 1), out var noun) || !noun.IsNoun
                || !(article.TokenIs(t + 2, "is") || article.TokenIs(t + 2, "was")) || !article.TokenIs(t + 3, "that"))
            {
                continue;
            }

            var speaker = PhraseScanner.SubjectBefore(article, t, sentence.FirstToken);
            if (!speaker.IsEmpty && end - (t + 4) >= MinContentTokens && !MostlyQuoted(article, t + 4, end, quoted))
            {
                found.Add(Draft(article, t + 4, end, new Attribution(speaker, t + 1, noun.NounLemma, 0.8)));
            }
        }
    }

    /// <summary>
    /// "his repeated suggestion that the count was late …", "Stone’s claim that the vote was rigged": a
    /// reporting noun owned by a speaker, followed by "that" and a clause. Without an owner ("the claim
    /// that …") nobody is named, so nothing is added.
    /// </summary>
    private static void PossessedClaimThat(Article article, Sentence sentence, int end, IReadOnlyList<TextSpan> quoted, List<QuoteDraft> found)
    {
        for (var t = sentence.FirstToken + 1; t + 2 < end; t++)
        {
            if (!ReportingLexicon.Default.TryGet(article.TokenText(t), out var noun) || !noun.IsNoun || ReportingCues.IsVerb(article, t, out _))
            {
                continue;
            }

            // "his vow to sue the women …": a commitment's infinitive is what was promised.
            if (Commitments.Contains(noun.NounLemma) && article.TokenIs(t + 1, "to") && char.IsLower(article.TokenText(t + 2)[0])
                && !WordClasses.IsDeterminer(article.TokenText(t + 2)) && !IsQuoted(article.Tokens[t].Start, quoted) && !InsideFound(found, article.Tokens[t].Start)
                && Owner(article, t, sentence.FirstToken) is { IsEmpty: false } promiser && end - (t + 1) > MinContentTokens)
            {
                found.Add(Draft(article, t + 1, PhraseEnd(article, t + 1, end), new Attribution(promiser, t, noun.NounLemma, 0.7)));
                continue;
            }

            // "her claim that “half” of them …": the clause may open inside a quotation.
            var that = ThatAfterAdjunct(article, t + 1, end);
            var clause = that < 0 ? -1 : that + 1 < end && QuoteMarks.IsDouble(article.TokenText(that + 1)[0]) ? that + 2 : that + 1;
            if (that < 0 || IsQuoted(article.Tokens[t].Start, quoted) || InsideFound(found, article.Tokens[t].Start) || !ClauseFollows(article, clause, end))
            {
                continue;
            }

            var owner = Owner(article, t, sentence.FirstToken);
            if (owner.IsEmpty)
            {
                continue;
            }

            var contentEnd = NextAttribution(article, that + 1, end);
            if (PhraseScanner.FrontedOpener(article, t, sentence.FirstToken) >= 0)
            {
                // "Despite his claim that the plan failed, Lee …": the fronted phrase ends at its comma.
                contentEnd = Math.Min(contentEnd, PhraseScanner.NextComma(article, that + 1, end));
            }

            if (contentEnd - (that + 1) >= MinContentTokens && !MostlyQuoted(article, that + 1, contentEnd, quoted))
            {
                found.Add(Draft(article, that + 1, contentEnd, new Attribution(owner, t, noun.NounLemma, 0.7)));
                t = contentEnd - 1;
            }
        }
    }

    /// <summary>
    /// The "that" after a reporting noun at <paramref name="from"/> - 1, right after it or after a short adjunct
    /// of time and place ("her declaration Friday night at a fundraiser that …"); -1 when none.
    /// </summary>
    private static int ThatAfterAdjunct(Article article, int from, int end)
    {
        if (from < end && article.TokenIs(from, "that"))
        {
            return from;
        }

        if (from >= end || !(WordClasses.IsTimeNoun(article.TokenText(from)) || WordClasses.IsPreposition(article.TokenText(from))))
        {
            return -1;
        }

        for (var k = from + 1; k < end && k - from <= AdjunctThatWindow; k++)
        {
            if (article.TokenIs(k, "that"))
            {
                return WordClasses.IsPreposition(article.TokenText(k - 1)) ? -1 : k;
            }

            if (WordClasses.IsPunctuation(article, k) || WordClasses.IsVerbLike(article, k) || WordClasses.IsClauseWord(article.TokenText(k)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Who owns the noun at <paramref name="noun"/>: a possessive pronoun ("his") or the phrase before "’s",
    /// with at most one adjective between ("his infamous suggestion"); empty when none.
    /// </summary>
    private static TokenRange Owner(Article article, int noun, int floor)
    {
        for (var k = noun - 1; k >= floor && noun - k <= 2; k--)
        {
            var w = article.TokenText(k);
            if (WordClasses.IsPossessivePronoun(w))
            {
                return new TokenRange(k, k + 1);
            }

            if (w is "'s" or "’s")
            {
                return k > floor ? PhraseScanner.SubjectBefore(article, k, floor) : TokenRange.Empty;
            }

            if (WordClasses.IsPunctuation(article, k) || WordClasses.IsDeterminer(w))
            {
                break;
            }
        }

        return TokenRange.Empty;
    }

    private static bool InsideFound(List<QuoteDraft> found, int offset) => found.Exists(d => d.Content.Start <= offset && offset < d.Content.End);

    private static QuoteDraft Draft(Article article, int from, int to, Attribution attribution)
    {
        var (start, end) = (article.Tokens[from].Start, article.Tokens[to - 1].End);
        // Quote marks on both edges of the content are not content ("said that “the budget” shows “…”"). One
        // mark alone is kept ("“we are on the path” toward a settlement"), so the text never opens inside a quotation.
        while (end - start >= 2 && QuoteMarks.IsDouble(article.Clean[start]) && QuoteMarks.IsDouble(article.Clean[end - 1]))
        {
            start++;
            end--;
        }

        var content = new TextSpan(start, end);
        var mixed = article.Clean.AsSpan(content.Start, content.Length).IndexOfAny("\"“”«»") >= 0;
        return new QuoteDraft
        {
            Kind = mixed ? QuoteKind.Mixed : QuoteKind.Indirect,
            Content = content,
            Attribution = attribution,
        };
    }

    private static bool IsQuoted(int offset, IReadOnlyList<TextSpan> quoted) => OffsetSearch.Inside(quoted, offset);

    /// <summary>
    /// "to say", "after assuring": a verb after a preposition or "to" reports nothing by itself; a means
    /// clause ("ended the hearing by saying that …", "by calling for X to …") is the subject's speech.
    /// </summary>
    private static bool IsGerundOrInfinitive(Article article, int verb, int floor)
    {
        if (verb <= floor)
        {
            return false;
        }

        // "as the video below notes": a finite form after an adverbial preposition is a verb of its own.
        var before = article.TokenText(verb - 1);
        var nonFinite = before.Equals("to", StringComparison.OrdinalIgnoreCase) || article.TokenText(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        return nonFinite && !IsRealisedInfinitive(article, verb) && WordClasses.IsPreposition(before) && !before.Equals("close", StringComparison.OrdinalIgnoreCase) && !ReportingCues.IsMeansClause(article, verb);
    }

    /// <summary>
    /// "went on to say that …", "was quick to point out that …", "took to Twitter to say …": an infinitive
    /// after these words was spoken; after "wants to", "refused to", "plans to" it was not.
    /// </summary>
    private static bool IsRealisedInfinitive(Article article, int verb) =>
        verb >= 2 && article.TokenIs(verb - 1, "to") && RealisingWords.Contains(article.TokenText(verb - 2));

    /// <summary>
    /// "said that Alvarez “deserves the post” and “will get it in the end”": a clause of the
    /// author's words joining two quotations or more is one mixed quote, however few its own words.
    /// </summary>
    private static bool JoinsQuotations(Article article, int from, int to, IReadOnlyList<TextSpan> quoted)
    {
        var quotations = 0;
        var inside = false;
        var joining = 0;
        for (var t = from; t < to; t++)
        {
            var now = IsQuoted(article.Tokens[t].Start, quoted);
            quotations += now && !inside ? 1 : 0;
            inside = now;
            var word = article.TokenText(t);
            joining += !now && quotations > 0 && !WordClasses.IsPunctuation(article, t) && !word.Equals("and", StringComparison.OrdinalIgnoreCase) && !word.Equals("or", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        // "said that “the budget” shows “they are …”": content opening with a quotation joins it to the next
        // one only with a word of the author's own between them (a verb), not with a bare "and".
        var opensWithQuotation = IsQuoted(article.Tokens[from].Start, quoted) || WordClasses.IsPunctuation(article, from);
        return quotations >= 2 && (!opensWithQuotation || joining > 0);
    }

    /// <summary>Content that is a direct quotation already (with at most a few words around it) is not indirect speech.</summary>
    private static bool MostlyQuoted(Article article, int from, int to, IReadOnlyList<TextSpan> quoted)
    {
        var outside = 0;
        for (var t = from; t < to; t++)
        {
            if (!IsQuoted(article.Tokens[t].Start, quoted) && !WordClasses.IsPunctuation(article, t))
            {
                outside++;
            }
        }

        return outside < MinContentTokens;
    }
}
