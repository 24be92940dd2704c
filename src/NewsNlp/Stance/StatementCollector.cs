using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// Gathers each stakeholder's statements: the quotes attributed to it and the sentences where it is
/// the subject of a stance-bearing predicate. A scanner over the cleaned text stands in for a parser:
/// the verb must follow the mention within a few words, or right after an appositive set off by
/// commas ("von der Leyen, speaking in Brussels, welcomed …").
/// </summary>
internal static class StatementCollector
{
    // How much a statement counts, by source: the speaker's own words weigh most.
    private const double DirectWeight = 1.0;
    private const double IndirectWeight = 0.9;
    private const double PartialWeight = 0.8;
    private const double PredicateWeight = 0.8;

    // Words that open a relative clause about the subject: people and organisations.
    private static readonly WordTable<bool> RelativePronouns = WordTable.Of(["who", "which"]);

    // How far (characters) a speaker or reporting verb may be from its quote and still be read with it.
    private const int MaxAttributionGap = 200;

    // Words that put the name after them inside another noun phrase ("the port of X", "workers in X").
    private static readonly WordTable<bool> Prepositions = WordTable.Of(["of", "in", "at", "from", "for", "with", "by", "to", "on", "near", "about"]);

    // An appositive longer than this is more likely a clause of its own than an aside.
    private const int MaxAppositiveChars = 160;

    // Asides in a row between a subject and its verb ("Sasse, R-Neb., who has been outspoken, accused …").
    private const int MaxAsides = 2;

    // A parenthesis after a name is a party and state or an abbreviation ("(D-Wash.)", "(WHO)"), never a clause.
    private const int MaxParenthesisChars = 40;

    // Words of a second name joined to the subject by "and" ("and Stephen K. Bannon").
    private const int MaxCoordinatedNameWords = 4;

    public static List<Statement> Collect(Article article)
    {
        var statements = new List<Statement>();
        Collect(article, statements);
        return statements;
    }

    /// <summary>Appends the article's statements to <paramref name="statements"/> (a list the caller reuses).</summary>
    public static void Collect(Article article, List<Statement> statements)
    {
        foreach (var quote in article.Quotes)
        {
            if (quote.SpeakerEntityId < 0 || quote.Content.IsEmpty || quote.Content.End > article.Clean.Length)
            {
                continue;
            }

            // The news set the model learns from holds whole sentences: the speaker, the reporting verb and
            // the clause around the quote ("X, who proposed the plan, said …") carry the side as much as the
            // words reported, and a quoted phrase alone ("game-changing") says little. A direct quote is its
            // own words: with its attribution it scored lower on the news dev split (docs/stance.md).
            var (source, weight, span) = quote.Kind switch
            {
                QuoteKind.Partial => (StatementSource.PartialQuote, PartialWeight, WithAttributionSentences(article, quote)),
                QuoteKind.Indirect => (StatementSource.IndirectQuote, IndirectWeight, WithAttributionSentences(article, quote)),
                QuoteKind.Mixed => (StatementSource.DirectQuote, DirectWeight, WithAttributionSentences(article, quote)),
                _ => (StatementSource.DirectQuote, DirectWeight, quote.Content),
            };
            var confidence = quote.Confidence > 0 ? quote.Confidence : 1.0;
            statements.Add(new Statement(quote.SpeakerEntityId, span, source, quote.Id, weight * confidence));
        }

        foreach (var mention in article.Mentions)
        {
            if (mention.EntityId < 0 || mention.End > article.Clean.Length)
            {
                continue;
            }

            var sentence = SentenceSpan(article, mention.Sentence, mention.Start);
            if (sentence is not { } bounds)
            {
                continue;
            }

            // The cheap scan for a predicate first: most mentions have none, and the checks over the
            // article's blocks and quotes then never run.
            if (FindPredicate(article.Clean, mention.End, bounds.End) is not { } predicate
                || AfterPreposition(article.Clean, mention.Start, bounds.Start)
                || InHeading(article, mention.Start) || CoveredByOwnQuote(article, mention.EntityId, predicate.Start) || InsideQuotedWords(article, mention.Start))
            {
                continue;
            }

            statements.Add(new Statement(mention.EntityId, predicate, StatementSource.Predicate, -1, PredicateWeight));
        }
    }

    /// <summary>
    /// The sentences that hold a quote and its attribution (speaker and reporting verb), so an indirect
    /// quote is read as the whole "X said …" sentence; the content alone when no sentence is known.
    /// </summary>
    internal static TextSpan WithAttributionSentences(Article article, Quote quote)
    {
        var start = quote.Content.Start;
        var end = quote.Content.End;
        foreach (var part in (ReadOnlySpan<TextSpan?>)[quote.SpeakerSpan, quote.Cue])
        {
            // A speaker resolved far away (a name paragraphs before a follow-up quote) would pull in
            // other people's sentences: only an attribution next to the quote is read with it.
            if (part is { } span && span.End <= article.Clean.Length
                && span.End >= quote.Content.Start - MaxAttributionGap && span.Start <= quote.Content.End + MaxAttributionGap)
            {
                start = Math.Min(start, span.Start);
                end = Math.Max(end, span.End);
            }
        }

        var first = SentenceSpan(article, -1, start);
        var last = SentenceSpan(article, -1, Math.Max(start, end - 1));
        return first is { } a && last is { } b ? new TextSpan(a.Start, Math.Max(b.End, end)) : quote.Content;
    }

    /// <summary>The sentence holding an offset: by index when known, else by search.</summary>
    internal static TextSpan? SentenceSpan(Article article, int index, int offset)
    {
        if (index >= 0 && index < article.Sentences.Count)
        {
            return article.Sentences[index].Span;
        }

        var i = OffsetSearch.CountBefore(article.Sentences, offset, static (s, o) => s.End <= o);
        return i < article.Sentences.Count && article.Sentences[i].Start <= offset ? article.Sentences[i].Span : null;
    }

    /// <summary>
    /// The statement of a stance predicate governed by a subject ending at <paramref name="from"/>: from the
    /// verb to the sentence's end, or to the end of a relative clause set off after the subject ("Natarajan,
    /// who proposed the plan, said …" → "proposed the plan"); null when there is none. Between subject and
    /// verb may stand a parenthesis ("Murray (D-Wash.) urged"), a second name joined by "and" ("Priebus and
    /// Bannon opposed") and up to two asides set off by commas ("Sasse, R-Neb., who has been outspoken, accused").
    /// </summary>
    internal static TextSpan? FindPredicate(string text, int from, int sentenceEnd)
    {
        var position = SubjectEnd(text, from, sentenceEnd);
        var verb = VerbWithinReach(text, position, sentenceEnd);
        for (var aside = 0; verb < 0 && aside < MaxAsides; aside++)
        {
            position = SkipSpaces(text, position, sentenceEnd);
            if (position >= sentenceEnd || text[position] != ',' || OpensListItem(text, position + 1, sentenceEnd))
            {
                return null;
            }

            var close = text.IndexOf(',', position + 1, Math.Min(sentenceEnd, position + MaxAppositiveChars) - position - 1);
            if (close < 0)
            {
                return null;
            }

            if (RelativeClauseVerb(text, position + 1, close) is { } clauseVerb)
            {
                return new TextSpan(clauseVerb, close);
            }

            verb = VerbWithinReach(text, close + 1, sentenceEnd);
            position = close; // the aside's closing comma may open the next one
        }

        return verb < 0 ? null : new TextSpan(verb, sentenceEnd);
    }

    // Past what still belongs to the subject: a parenthesis right after it ("(D-Wash.)") and a second name
    // joined by "and" ("Mr. Poroshenko and Ms. Merkel condemned"), whose verb is the first name's too.
    private static int SubjectEnd(string text, int from, int end)
    {
        var position = SkipParenthesis(text, SkipSpaces(text, from, end), end);
        var wordEnd = WordEnd(text, position, end);
        if (wordEnd - position != 3 || !text.AsSpan(position, 3).Equals("and", StringComparison.Ordinal))
        {
            return position;
        }

        var name = SkipSpaces(text, wordEnd, end);
        var nameEnd = name;
        for (var words = 0; words < MaxCoordinatedNameWords && nameEnd < end && char.IsUpper(text[nameEnd]); words++)
        {
            nameEnd = WordEnd(text, nameEnd, end);
            nameEnd += nameEnd < end && text[nameEnd] == '.' ? 1 : 0; // "Ms.", "K."
            nameEnd = SkipSpaces(text, nameEnd, end);
        }

        return nameEnd == name ? position : SkipParenthesis(text, nameEnd, end);
    }

    private static int SkipParenthesis(string text, int position, int end)
    {
        if (position >= end || text[position] != '(')
        {
            return position;
        }

        var close = text.IndexOf(')', position, Math.Min(end, position + MaxParenthesisChars) - position);
        return close < 0 ? position : SkipSpaces(text, close + 1, end);
    }

    // ", and Italy agreed": the comma separates the items of a list of names, not an aside about the subject.
    private static bool OpensListItem(string text, int position, int end)
    {
        position = SkipSpaces(text, position, end);
        var wordEnd = WordEnd(text, position, end);
        return text.AsSpan(position, wordEnd - position) is "and" or "or";
    }

    // ", who has long opposed the plan," — the aside's own predicate has the subject before the comma.
    private static int? RelativeClauseVerb(string text, int start, int end)
    {
        var position = SkipSpaces(text, start, end);
        var wordEnd = WordEnd(text, position, end);
        if (wordEnd == position || !RelativePronouns.Contains(WordScanner.Fold(text.AsSpan(position, wordEnd - position), stackalloc char[FoldedWords.BufferLength])))
        {
            return null;
        }

        var verb = VerbWithinReach(text, wordEnd, end);
        return verb < 0 ? null : verb;
    }

    // The first stance verb within reach of a position, with only auxiliaries and adverbs before it; -1 if none.
    private static int VerbWithinReach(string text, int position, int end)
    {
        Span<char> buffer = stackalloc char[FoldedWords.BufferLength];
        for (var words = 0; words < StancePredicates.Reach; words++)
        {
            position = SkipSpaces(text, position, end);
            var wordEnd = WordEnd(text, position, end);
            if (wordEnd == position)
            {
                return -1; // punctuation or a number: the clause around the subject has ended
            }

            var word = WordScanner.Fold(text.AsSpan(position, wordEnd - position), buffer);
            if (StancePredicates.Verbs.Contains(word) || StancePredicates.Votes.Contains(word) || StancePredicates.Condemning.Contains(word))
            {
                return position;
            }

            if (!StancePredicates.Between.Contains(word))
            {
                return -1;
            }

            position = wordEnd;
        }

        return -1;
    }

    private static int WordEnd(string text, int position, int end)
    {
        while (position < end && (char.IsLetter(text[position]) || text[position] is '\'' or '\u2019' or '-'))
        {
            position++;
        }

        return position;
    }

    // "Dock workers at the port of Port Elwin voted …": a name after a preposition belongs to a phrase
    // whose head comes earlier, so the verb is not its own.
    private static bool AfterPreposition(string text, int mentionStart, int sentenceStart)
    {
        var end = mentionStart;
        while (end > sentenceStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > sentenceStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && Prepositions.Contains(WordScanner.Fold(text.AsSpan(start, end - start), stackalloc char[FoldedWords.BufferLength]));
    }

    // Headlines ("Russia Signals Shift …") are the article's framing, and usually the target itself.
    private static bool InHeading(Article article, int offset)
    {
        foreach (var block in article.Blocks)
        {
            if (block.Kind == BlockKind.Heading && block.Span.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }

    // A predicate inside the stakeholder's own quote is already counted as that quote.
    private static bool CoveredByOwnQuote(Article article, int entityId, int offset)
    {
        foreach (var quote in article.Quotes)
        {
            if (quote.SpeakerEntityId == entityId && quote.Content.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }

    // Quoted words are their speaker's: "It is crucial that America agrees …," Zelenskyy said is
    // Zelenskyy's statement, not America's agreement. Indirect speech is different: "Witkoff said Putin
    // expressed agreement" reports Putin's own position, which is Putin's evidence.
    private static bool InsideQuotedWords(Article article, int offset)
    {
        foreach (var quote in article.Quotes)
        {
            if (quote.Kind != QuoteKind.Indirect && quote.Content.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
