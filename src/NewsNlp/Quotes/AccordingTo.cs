using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>"According to X, …" and "…, according to X": the source named after "according to".</summary>
internal static class AccordingTo
{
    public const string Lemma = "according to";

    /// <summary>How many words after the source's phrase its closing comma may come.</summary>
    private const int ClauseSearch = 8;

    /// <summary>
    /// The attribution of the sentence holding <paramref name="token"/> when it has "according to X";
    /// <paramref name="according"/> is the index of "according" (-1 when absent).
    /// </summary>
    public static Attribution Find(Article article, int token, out int according)
    {
        according = -1;
        var s = article.SentenceOfToken(Math.Min(token, article.Tokens.Length - 1));
        if (s < 0)
        {
            return Attribution.None;
        }

        var sentence = article.Sentences[s];
        for (var t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            if (article.TokenIs(t, "according") && article.TokenIs(t + 1, "to"))
            {
                var speaker = PhraseScanner.PhraseAfter(article, t + 2, sentence.EndToken);
                speaker = WithAppositive(article, speaker, sentence.EndToken);
                speaker = WithNamedPerson(article, speaker, sentence.EndToken);
                speaker = WithPostModifier(article, speaker, sentence.EndToken);
                if (!speaker.IsEmpty)
                {
                    according = t;
                    return new Attribution(speaker, t, Lemma, 0.85);
                }
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// The first token of the clause after the comma that closes "according to X …,", or -1 when no comma
    /// follows within a few words.
    /// </summary>
    public static int ClauseAfter(Article article, int phraseEnd, int end)
    {
        for (var t = phraseEnd; t < end && t - phraseEnd <= ClauseSearch; t++)
        {
            if (article.TokenIs(t, ","))
            {
                return t + 1 < end ? t + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "According to Afghan Ambassador to the United States Hamdullah Mohib, …": the phrase stopped at "to";
    /// a person named before the comma is the speaker.
    /// </summary>
    private static TokenRange WithNamedPerson(Article article, TokenRange phrase, int ceiling)
    {
        if (phrase.IsEmpty || !Stakeholders.Titles.Default.IsHead(article.TokenText(phrase.End - 1)))
        {
            return phrase;
        }

        var comma = ClauseAfter(article, phrase.End, ceiling) - 1;
        if (comma < 0)
        {
            return phrase;
        }

        var named = MentionSearch.NamesPerson(article, article.Tokens[phrase.End].Start, article.Tokens[comma].Start);
        return named ? new TokenRange(phrase.Start, comma) : phrase;
    }

    /// <summary>
    /// "According to officials at the Pentagon, …": a prepositional phrase up to the closing comma belongs to
    /// the source (the phrase scanner stopped at its preposition).
    /// </summary>
    private static TokenRange WithPostModifier(Article article, TokenRange phrase, int ceiling)
    {
        if (phrase.IsEmpty || phrase.End >= ceiling || !WordClasses.IsPreposition(article.TokenText(phrase.End)))
        {
            return phrase;
        }

        var comma = ClauseAfter(article, phrase.End, ceiling) - 1;
        for (var t = phrase.End; t < comma; t++)
        {
            if (WordClasses.IsVerbLike(article, t))
            {
                return phrase;
            }
        }

        return comma > phrase.End ? new TokenRange(phrase.Start, comma) : phrase;
    }

    /// <summary>"the Afghan team's coach, Alireza Mehraban," names the coach: the name is the speaker.</summary>
    private static TokenRange WithAppositive(Article article, TokenRange phrase, int ceiling)
    {
        var comma = phrase.End;
        if (phrase.IsEmpty || comma + 1 >= ceiling || !article.TokenIs(comma, ","))
        {
            return phrase;
        }

        var name = PhraseScanner.PhraseAfter(article, comma + 1, ceiling);
        var closes = name.End < ceiling && article.TokenIs(name.End, ",");
        var capitalised = !name.IsEmpty && char.IsUpper(article.TokenText(name.Start)[0]);
        return closes && capitalised ? new TokenRange(phrase.Start, name.End) : phrase;
    }
}
