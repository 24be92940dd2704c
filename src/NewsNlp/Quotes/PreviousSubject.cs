using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// "Ward member Nils Arvo voted against the plan. He argued that …": a subject pronoun opening a sentence
/// continues the previous sentence's topic, its subject, when that is a person named before its verb,
/// even when someone else spoke earlier. Centering theory's preference for the subject (Grosz, Joshi and
/// Weinstein 1995) in its simplest form.
/// </summary>
internal static class PreviousSubject
{
    /// <summary>
    /// The person mention that is the subject of the sentence before the one <paramref name="pronoun"/> opens,
    /// gender permitting; null when the pronoun does not open its sentence or that sentence's subject is no person.
    /// </summary>
    public static Mention? PersonBefore(Article article, int pronoun, Func<int, bool> genderAgrees)
    {
        var sentence = article.SentenceOfToken(pronoun);
        if (sentence <= 0 || article.Sentences[sentence].FirstToken != pronoun)
        {
            return null;
        }

        var previous = article.Sentences[sentence - 1];
        var mentions = article.Mentions;
        var next = MentionSearch.FirstFrom(article, article.Tokens[previous.FirstToken].Start);
        for (var t = previous.FirstToken; t < previous.EndToken; t++)
        {
            var start = article.Tokens[t].Start;
            while (next < mentions.Count && mentions[next].Start < start)
            {
                next++;
            }

            if (next < mentions.Count && mentions[next].Start == start && mentions[next].Kind == MentionKind.Name && mentions[next].EntityId >= 0)
            {
                var m = mentions[next];
                var after = article.TokenAtOrAfter(m.End);
                return article.Entities[m.EntityId].Type == EntityTypes.Person && after < previous.EndToken && WordClasses.IsVerbLike(article, after) && genderAgrees(m.EntityId)
                    ? m : null;
            }

            // A verb, a quote or a clause before any name: the sentence's subject is not a named person.
            var word = article.TokenText(t);
            if (WordClasses.IsVerbLike(article, t) || (word.Length > 0 && QuoteMarks.IsDouble(word[0])) || word is "," or ":" or ";")
            {
                return null;
            }
        }

        return null;
    }
}
