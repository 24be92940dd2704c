using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// Finds who a quotation is attributed to, trying the news patterns in order: after the quotation
/// ("“…,” X said", "“…,” said X", "“…” — X"), before it ("X said: “…”", "X told the press, “…”"),
/// earlier in its sentence (a partial quote: "described the guarantees as “game-changing”") and
/// "according to X" anywhere in its sentence. Every look is a bounded window of tokens.
/// </summary>
internal static class DirectQuoteAttributor
{
    private const int Window = 8;
    private const int ListenerWindow = 5;

    /// <summary>The most prepositional phrases a speaker phrase after a quotation may carry ("a spokesman for the office of the mayor").</summary>
    private const int MaxModifiers = 2;

    /// <summary>The longest speaker label before a colon ("City Council Budget Chair Dana Whitfield on the tax plan:").</summary>
    private const int MaxLabelTokens = 10;

    /// <summary>The attribution and whether the quotation is only a phrase inside reported speech.</summary>
    public static (Attribution Attribution, bool Partial) Find(Article article, QuotedSpan quote)
    {
        // "Microsoft says on “The Internet Explorer 6 Countdown”": a title after a place preposition is where, not what;
        // after a possessive ("On the network’s “Morning Report,” Lee said …") or a listener verb ("told “Morning Report”")
        // it names a show, also when a speaker and verb follow it.
        var j = article.TokenBefore(quote.OpenMark);
        if (j >= 0 && NamesTitle(article, j) && IsTitleCase(article, quote))
        {
            return (Attribution.None, false);
        }

        var after = After(article, quote);
        if (after.Found)
        {
            return (after, false);
        }

        var before = Before(article, quote, out var adjacent);
        if (before.Found)
        {
            return (before, !adjacent && !IsClause(article, quote));
        }

        var according = AccordingTo.Find(article, article.TokenAtOrAfter(quote.ContentStart), out _);
        return (according, false);
    }

    private static Attribution After(Article article, QuotedSpan quote)
    {
        if (quote.CloseMark < 0)
        {
            return Attribution.None;
        }

        var tokens = article.Tokens;
        var i = article.TokenAtOrAfter(quote.CloseMark + 1);
        var dash = false;
        for (var skipped = 0; i < tokens.Length && skipped < 3 && WordClasses.IsPunctuation(article, i); skipped++, i++)
        {
            var p = article.TokenText(i);
            if (p.IndexOfAny('.', '!', '?') >= 0 || p.IndexOfAny("\"“”„«»") >= 0)
            {
                return Attribution.None;
            }

            dash |= p is "—" or "–" or "-" or "--";
        }

        if (i >= tokens.Length || CrossesParagraph(article, quote.CloseMark, tokens[i].Start))
        {
            return Attribution.None;
        }

        // The attribution stays in the sentence after the quotation (never in the next paragraph's words).
        var sentence = article.SentenceOfToken(i);
        var ceiling = sentence >= 0 ? article.Sentences[sentence].EndToken : tokens.Length;
        // "“…,” said Bolden" ("“…”, highlighting the importance" is no inversion).
        if (ReportingCues.IsVerb(article, i, out var word) && !article.TokenText(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IntroducedByVerb(article, quote))
        {
            var speaker = PhraseScanner.WithAgent(article, PhraseScanner.PhraseAfter(article, i + 1, Math.Min(ceiling, i + 1 + Window)), ceiling);
            return speaker.IsEmpty ? Attribution.None : new Attribution(speaker, i, word.VerbLemma, 0.95);
        }

        var phrase = WithPrepositionalModifiers(article, PhraseScanner.PhraseAfter(article, i, Math.Min(ceiling, i + Window)), ceiling);
        var k = SkipAppositive(article, phrase.End, ceiling);
        while (k < ceiling && k - phrase.End < 3 && (WordClasses.IsAdverb(article.TokenText(k)) || WordClasses.IsAuxiliary(article.TokenText(k))))
        {
            k++;
        }

        // "“…,” Mr. Baker intends to tell the committee": a planned remark quoted from its text is still his.
        if (k + 2 < ceiling && article.TokenIs(k + 1, "to") && WordClasses.IsVerbLike(article, k) && ReportingCues.IsVerb(article, k + 2, out _))
        {
            k += 2;
        }

        if (!phrase.IsEmpty && k < ceiling && ReportingCues.IsVerb(article, k, out word))
        {
            return new Attribution(NamedInAppositive(article, phrase, k), k, word.VerbLemma, 0.95);
        }

        // "“…” — X" credits a speaker; "“…” — CBC.ca, August 15, 2008" cites a source article.
        if (dash && !phrase.IsEmpty && !IsCitation(article, phrase.End))
        {
            return new Attribution(phrase, -1, string.Empty, 0.7);
        }

        // A pull quote alone in its paragraph with a credit line and no dash: "“…” Anonymous blogger, “Title”".
        return !phrase.IsEmpty && IsCreditLine(article, quote, phrase) ? new Attribution(phrase, -1, string.Empty, 0.6) : Attribution.None;
    }

    /// <summary>
    /// "a website that calls itself “…,” praised the plan", "who says “…,” joined": a reporting verb right before
    /// the quotation (a reflexive object aside) introduces it, so the verb after it is the sentence's own, not an inversion.
    /// </summary>
    private static bool IntroducedByVerb(Article article, QuotedSpan quote)
    {
        var j = article.TokenBefore(quote.OpenMark);
        if (j > 0 && article.TokenText(j).EndsWith("self", StringComparison.OrdinalIgnoreCase))
        {
            j--;
        }

        return j >= 0 && article.SentenceOfToken(j) == article.SentenceAt(quote.ContentStart) && char.IsLower(article.TokenText(j)[0])
            && (ReportingCues.IsVerb(article, j, out _) || (ReportingLexicon.Default.TryGet(article.TokenText(j), out var word) && word.IsVerb));
    }

    /// <summary>
    /// "“…,” a spokesman for the city said", "“…,” the aide on the call said": a speaker phrase goes on through
    /// prepositional phrases when a reporting verb follows them; otherwise (", Lee said in a statement") it stays as it was.
    /// </summary>
    private static TokenRange WithPrepositionalModifiers(Article article, TokenRange phrase, int ceiling)
    {
        var end = phrase.End;
        for (var n = 0; n < MaxModifiers && !phrase.IsEmpty && end + 1 < ceiling && IsPrepositionOtherThanAs(article, end); n++)
        {
            var modifier = PhraseScanner.PhraseAfter(article, end + 1, Math.Min(ceiling, end + 1 + Window));
            if (modifier.IsEmpty)
            {
                break;
            }

            end = modifier.End;
            if (end < ceiling && ReportingCues.IsVerb(article, end, out _))
            {
                return new TokenRange(phrase.Start, end);
            }
        }

        return phrase;
    }

    /// <summary>"X, editor at large at the Saudi Gazette, said": the verb after an appositive between commas.</summary>
    private static int SkipAppositive(Article article, int after, int ceiling)
    {
        if (after >= ceiling || !article.TokenIs(after, ","))
        {
            return after;
        }

        for (var k = after + 1; k < ceiling && k - after <= 2 * Window; k++)
        {
            if (article.TokenIs(k, ","))
            {
                return k + 1;
            }

            if (WordClasses.IsPunctuation(article, k) || ReportingCues.IsVerb(article, k, out _))
            {
                break;
            }
        }

        return after;
    }

    /// <summary>
    /// "“…,” the union's president, Carla Ruiz, said": a description followed by an appositive naming a person
    /// (and nothing but adverbs before the verb) is attributed to the name.
    /// </summary>
    private static TokenRange NamedInAppositive(Article article, TokenRange phrase, int verb)
    {
        if (phrase.End + 2 >= verb || !article.TokenIs(phrase.End, ",") || MentionSearch.NamesPerson(article, article.Tokens[phrase.Start].Start, article.Tokens[phrase.End - 1].End))
        {
            return phrase;
        }

        var close = verb - 1;
        while (close > phrase.End && !article.TokenIs(close, ","))
        {
            close--;
        }

        var appositive = new TokenRange(phrase.End + 1, close);
        return !appositive.IsEmpty && MentionSearch.NamesPerson(article, article.Tokens[appositive.Start].Start, article.Tokens[appositive.End - 1].End) ? appositive : phrase;
    }

    /// <summary>
    /// The quotation opens its paragraph and a short phrase after it closes the paragraph or is followed by
    /// a comma and a title: the phrase credits the speaker.
    /// </summary>
    private static bool IsCreditLine(Article article, QuotedSpan quote, TokenRange phrase)
    {
        if (quote.OpenMark > 0 && article.Clean[quote.OpenMark - 1] != '\n')
        {
            return false;
        }

        var end = phrase.End;
        if (end >= article.Tokens.Length || CrossesParagraph(article, article.Tokens[end - 1].End, article.Tokens[end].Start))
        {
            return true;
        }

        return article.TokenIs(end, ",") && end + 1 < article.Tokens.Length && IsQuoteMark(article, end + 1);
    }

    private static Attribution Before(Article article, QuotedSpan quote, out bool adjacent)
    {
        adjacent = false;
        var j = article.TokenBefore(quote.OpenMark);
        if (j < 0)
        {
            return Attribution.None;
        }

        // "She continued:" may end the paragraph before the quotation; a comma never ends a sentence, so
        // "X commented, “Hoping …”" stays one sentence even where the splitter cut before the mark.
        var colon = article.TokenIs(j, ":");
        var introduced = colon || article.TokenIs(j, ",");
        var sentence = article.SentenceOfToken(j);
        var floor = sentence >= 0 ? article.Sentences[sentence].FirstToken : 0;
        if ((!introduced && article.SentenceAt(quote.OpenMark) != sentence) || (!colon && CrossesParagraph(article, article.Tokens[j].End, quote.OpenMark)))
        {
            return Attribution.None;
        }

        // "Jacobs: “You just …”": a label naming the speaker opens the sentence; a headline's title-case
        // quotation ("Yates: ‘Flynn Was Compromised …’") quotes no one.
        if (colon && !IsTitleCase(article, quote) && EndsItsSentence(article, quote) && SpeakerLabel(article, floor, j) is { IsEmpty: false } label)
        {
            adjacent = true;
            return new Attribution(label, -1, string.Empty, 0.7);
        }

        // "calling the ministry’s “figures” “invented numbers”": the first quotation is what is described, the
        // second the speaker's words; the verb is found behind the first one.
        if (IsDescribedAs(article, quote))
        {
            return Attribution.None;
        }

        if (article.TokenIs(j, "as") && j - 1 > floor && IsQuoteMark(article, j - 1))
        {
            j = OpeningMarkBefore(article, j - 2, floor);
        }

        // "X said: “…”", "X said, “…”", "X said that “…”", "X told the press, “…”"
        var k = j;
        while (k >= floor && j - k < 2 && (article.TokenText(k) is ":" or "," || article.TokenIs(k, "that")))
        {
            k--;
        }

        for (var v = k; v >= floor && k - v <= ListenerWindow; v--)
        {
            if (IsQuoteMark(article, v))
            {
                break;
            }

            if ((ReportingCues.IsVerb(article, v, out var word) || IntroducesQuotation(article, v, k, j, out word)) && (v == k || (word.Use & ReportingUse.Listener) != 0))
            {
                // "a print called “Cowboys and Indians”", "a user labelled “Anonymous”" name something; "which
                // she called “our biggest worry”", with a subject of its own, says something.
                if (v == j && IsNamingVerb(word) && !HasOwnSubject(article, v, floor))
                {
                    return Attribution.None;
                }

                // "which she called “our biggest worry”": what a naming verb names is a phrase of the speaker's, a partial quote.
                adjacent = !IsNamingVerb(word);
                return Attributed(article, v, word, 0.9);
            }
        }

        // A reporting verb earlier in the sentence: the quotation is part of reported speech.
        for (var v = k; v >= floor && k - v <= 3 * Window; v--)
        {
            if (IsQuoteMark(article, v))
            {
                break;
            }

            // "She pointed to the table with “electric” Kool Aid": a verb followed by a preposition reports no words here.
            if (ReportingCues.IsVerb(article, v, out var word) && !((word.Use & ReportingUse.BareClause) == 0 && v + 1 < k && IsPrepositionOtherThanAs(article, v + 1)))
            {
                // "asks no questions, leaving Lee to bring up “…”": negated speech holds no one's words.
                if (ReportingCues.IsNegated(article, v, floor))
                {
                    break;
                }

                return Attributed(article, v, word, 0.75);
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// Nothing but punctuation follows the quotation in its sentence: a label's words run to the end ("Lee: “We
    /// won.”"), while "Lee: ‘Cuts nonsense’ is cover for …" is a headline whose quotation is a subject.
    /// </summary>
    private static bool EndsItsSentence(Article article, QuotedSpan quote)
    {
        if (quote.CloseMark < 0)
        {
            return true;
        }

        var next = article.TokenAtOrAfter(quote.CloseMark + 1);
        return next >= article.Tokens.Length || article.SentenceOfToken(next) != article.SentenceAt(quote.CloseMark)
            || WordClasses.IsPunctuation(article, next) || CrossesParagraph(article, quote.CloseMark, article.Tokens[next].Start);
    }

    /// <summary>"“leaks” as “fabricated lies”": the quotation is followed by "as" and another quotation.</summary>
    private static bool IsDescribedAs(Article article, QuotedSpan quote)
    {
        if (quote.CloseMark < 0)
        {
            return false;
        }

        var next = article.TokenAtOrAfter(quote.CloseMark + 1);
        return next + 1 < article.Tokens.Length && article.TokenIs(next, "as") && IsQuoteMark(article, next + 1);
    }

    /// <summary>The token before the opening mark of the quotation that ends at or before <paramref name="from"/>.</summary>
    private static int OpeningMarkBefore(Article article, int from, int floor)
    {
        var t = from;
        while (t > floor && !IsQuoteMark(article, t))
        {
            t--;
        }

        return Math.Max(floor, t - 1);
    }

    /// <summary>
    /// The speaker label from the sentence start to the colon: a short phrase without a verb that names a
    /// person or ends in a proper noun ("Press Secretary Sean Spicer", "Stephen Miller on Wolff book" → "Stephen Miller");
    /// empty otherwise.
    /// </summary>
    private static TokenRange SpeakerLabel(Article article, int floor, int colon)
    {
        if (colon <= floor || colon - floor > MaxLabelTokens)
        {
            return TokenRange.Empty;
        }

        for (var t = floor; t < colon; t++)
        {
            if (WordClasses.IsVerbLike(article, t) || IsQuoteMark(article, t) || ReportingCues.IsVerb(article, t, out _))
            {
                return TokenRange.Empty;
            }
        }

        // The recogniser misses many lone surnames ("Jacobs"): a proper noun ending the phrase names the speaker too.
        var phrase = PhraseScanner.PhraseAfter(article, floor, colon);
        var named = !phrase.IsEmpty && (article.Tokens[phrase.End - 1].Pos == Upos.PROPN
            || MentionSearch.NamesPerson(article, article.Tokens[phrase.Start].Start, article.Tokens[phrase.End - 1].End));
        return named ? phrase : TokenRange.Empty;
    }

    /// <summary>
    /// "The U.S. Department of Agriculture notes, “…”": a reporting form right before the comma or colon
    /// that introduces the quotation is the verb, whatever the tagger made of it.
    /// </summary>
    private static bool IntroducesQuotation(Article article, int v, int k, int j, out ReportingWord word)
    {
        word = default;
        return v == k && k < j && ReportingLexicon.Default.TryGet(article.TokenText(v), out word) && word.IsVerb && char.IsLower(article.TokenText(v)[0]);
    }

    /// <summary>A word after which a title-case quotation is a name: a place preposition, a possessive, "told".</summary>
    private static bool NamesTitle(Article article, int token)
    {
        var word = article.TokenText(token);
        return word is "on" or "in" or "at" or "from" or "told" or "tells" or "telling"
            || WordClasses.EndsPossessive(word);
    }

    /// <summary>
    /// "which she called", "what the campaign manager, Dana Lee, called": a naming verb with a subject of its own
    /// after a relative pronoun says something; "a print called" (a participle) names a thing.
    /// </summary>
    private static bool HasOwnSubject(Article article, int verb, int floor)
    {
        if (verb > floor && WordClasses.IsSubjectPronoun(article.TokenText(verb - 1)))
        {
            return true;
        }

        for (var t = verb - 2; t >= floor && verb - t <= MaxLabelTokens; t--)
        {
            if (article.TokenIs(t, "what") || article.TokenIs(t, "which"))
            {
                return true;
            }

            if (IsQuoteMark(article, t) || WordClasses.IsVerbLike(article, t))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNamingVerb(ReportingWord word) => word.VerbLemma is "call" or "label" or "dub";

    private static bool IsPrepositionOtherThanAs(Article article, int token) =>
        WordClasses.IsPreposition(article.TokenText(token)) && !article.TokenIs(token, "as");

    private static bool IsCitation(Article article, int after)
    {
        for (var t = after; t < article.Tokens.Length && t - after < 6 && !CrossesParagraph(article, article.Tokens[t - 1].End, article.Tokens[t].Start); t++)
        {
            if (article.TokenText(t).IndexOfAnyInRange('0', '9') >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static Attribution Attributed(Article article, int verb, ReportingWord word, double certainty)
    {
        var speaker = ReportingCues.SpeakerOf(article, verb);
        return speaker.IsEmpty ? Attribution.None : new Attribution(speaker, verb, word.VerbLemma, certainty);
    }

    /// <summary>Every word of the quotation capitalised, short function words aside ("The Internet Explorer 6 Countdown").</summary>
    private static bool IsTitleCase(Article article, QuotedSpan quote)
    {
        var words = 0;
        for (var t = article.TokenAtOrAfter(quote.ContentStart); t < article.Tokens.Length && article.Tokens[t].End <= quote.ContentEnd; t++)
        {
            var w = article.TokenText(t);
            if (char.IsLetter(w[0]) && !char.IsUpper(w[0]) && !(w.Length <= 3 && WordClasses.IsPreposition(w)) && w is not ("and" or "the" or "a" or "of"))
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    /// <summary>A quotation that is a sentence of its own ("It is crucial …") rather than a phrase ("game-changing").</summary>
    private static bool IsClause(Article article, QuotedSpan quote)
    {
        var first = article.Clean[quote.ContentStart];
        var words = 0;
        for (var t = article.TokenAtOrAfter(quote.ContentStart); t < article.Tokens.Length && article.Tokens[t].End <= quote.ContentEnd && words < 6; t++)
        {
            words++;
        }

        return char.IsUpper(first) && words >= 6;
    }

    // The backward looks stop at an earlier quotation's mark: its words are not this one's attribution.
    private static bool IsQuoteMark(Article article, int token) => article.TokenText(token).IndexOfAny("\"“”«»") >= 0;

    private static bool CrossesParagraph(Article article, int from, int to) =>
        to > from && article.Clean.AsSpan(from, to - from).Contains('\n');
}
