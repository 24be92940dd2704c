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

    // An appositive longer than this is more likely a clause of its own than an aside.
    private const int MaxAppositiveChars = 160;

    public static List<Statement> Collect(Article article)
    {
        var statements = new List<Statement>();
        foreach (var quote in article.Quotes)
        {
            if (quote.SpeakerEntityId < 0 || quote.Content.IsEmpty || quote.Content.End > article.Clean.Length)
            {
                continue;
            }

            var (source, weight, span) = quote.Kind switch
            {
                // A quoted phrase alone ("game-changing") says little; its sentence carries the predicate.
                QuoteKind.Partial => (StatementSource.PartialQuote, PartialWeight, SentenceSpan(article, quote.Sentence, quote.Content.Start) ?? quote.Content),
                QuoteKind.Indirect => (StatementSource.IndirectQuote, IndirectWeight, quote.Content),
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
            var verbStart = FindPredicate(article.Clean, mention.End, bounds.End);
            if (verbStart < 0 || InHeading(article, mention.Start) || CoveredByOwnQuote(article, mention.EntityId, verbStart) || InsideQuotedWords(article, mention.Start))
            {
                continue;
            }

            statements.Add(new Statement(mention.EntityId, new TextSpan(verbStart, bounds.End), StatementSource.Predicate, -1, PredicateWeight));
        }

        return statements;
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

    /// <summary>The start of a stance predicate governed by a subject ending at <paramref name="from"/>, or -1.</summary>
    internal static int FindPredicate(string text, int from, int sentenceEnd)
    {
        var position = SkipSpaces(text, from, sentenceEnd);
        if (position < sentenceEnd && text[position] == ',')
        {
            var close = text.IndexOf(',', position + 1, Math.Min(sentenceEnd, position + MaxAppositiveChars) - position - 1);
            if (close < 0)
            {
                return -1;
            }

            position = close + 1;
        }

        Span<char> buffer = stackalloc char[FoldedWords.BufferLength];
        for (var words = 0; words < StancePredicates.Reach; words++)
        {
            position = SkipSpaces(text, position, sentenceEnd);
            var end = position;
            while (end < sentenceEnd && (char.IsLetter(text[end]) || text[end] is '\'' or '\u2019' or '-'))
            {
                end++;
            }

            if (end == position)
            {
                return -1; // punctuation or a number: the clause around the subject has ended
            }

            var word = WordScanner.Fold(text.AsSpan(position, end - position), buffer);
            if (StancePredicates.Verbs.Contains(word))
            {
                return position;
            }

            if (!StancePredicates.Between.Contains(word))
            {
                return -1;
            }

            position = end;
        }

        return -1;
    }

    // Headlines ("Russia Signals Shift …") are the article's framing, and usually the target itself.
    private static bool InHeading(Article article, int offset) =>
        article.Blocks.Any(b => b.Kind == BlockKind.Heading && b.Span.Contains(offset));

    // A predicate inside the stakeholder's own quote is already counted as that quote.
    private static bool CoveredByOwnQuote(Article article, int entityId, int offset) =>
        article.Quotes.Any(q => q.SpeakerEntityId == entityId && q.Content.Contains(offset));

    // Quoted words are their speaker's: "It is crucial that America agrees …," Zelenskyy said is
    // Zelenskyy's statement, not America's agreement. Indirect speech is different: "Witkoff said Putin
    // expressed agreement" reports Putin's own position, which is Putin's evidence.
    private static bool InsideQuotedWords(Article article, int offset) =>
        article.Quotes.Any(q => q.Kind != QuoteKind.Indirect && q.Content.Contains(offset));

    private static int SkipSpaces(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
