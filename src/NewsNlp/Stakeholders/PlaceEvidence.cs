using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Stakeholders;

/// <summary>
/// A one-word "person" the article puts somewhere ("a depot near Tarnby", "jobs outside Tarnby") is a place:
/// the recogniser knows few invented or small towns and types an unknown capitalised word as a person.
/// Kept in the stakeholder stage because it needs the whole article: a word that is also part of a full
/// person name or follows a title ("Mr. Tarnby") stays a person, as does one used as a possessive owner
/// after "in" ("in Tarnby's view").
/// </summary>
internal static class PlaceEvidence
{
    /// <summary>Prepositions that put something at a place rather than relate it to a person.</summary>
    private static readonly WordTable<bool> Locatives = WordTable.Of("near", "in", "outside", "inside", "around", "across", "throughout", "towards", "toward");

    /// <summary>
    /// Retypes every one-word PERSON mention of a word that the article puts after a locative preposition
    /// somewhere, recognised there or not ("a depot near Tarnby" where the model found only a later "Tarnby").
    /// </summary>
    public static void RetypePlacesAfterPrepositions(Article article)
    {
        var mentions = article.Mentions;
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Name || m.Type != EntityTypes.Person)
            {
                continue;
            }

            var first = article.TokenAtOrAfter(m.Start);
            var text = article.TextOf(m.Span).ToString();
            if (!IsOneWord(article, first, m) || (first > 0 && Titles.Default.IsTitleWord(article.TokenText(first - 1))))
            {
                // "Peter Tarnby", "Mayor Tarnby": every word of it names a person somewhere in the article.
                people.UnionWith(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                candidates.Add(text);
            }
        }

        candidates.ExceptWith(people);
        var places = new HashSet<string>(StringComparer.Ordinal);
        var lookup = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 1; t < article.Tokens.Length && candidates.Count > 0; t++)
        {
            if (lookup.TryGetValue(article.TokenText(t), out var word) && Locatives.Contains(article.TokenText(t - 1)) && !Possessive(article, t))
            {
                places.Add(word);
            }
        }

        for (var i = 0; i < mentions.Count && places.Count > 0; i++)
        {
            var m = mentions[i];
            if (m.Kind == MentionKind.Name && m.Type == EntityTypes.Person && places.Contains(article.TextOf(m.Span).ToString()))
            {
                mentions[i] = new Mention { Start = m.Start, End = m.End, Type = EntityTypes.Loc, Kind = m.Kind, Sentence = m.Sentence, Confidence = m.Confidence };
            }
        }
    }

    private static bool IsOneWord(Article article, int first, Mention mention) =>
        first < article.Tokens.Length && article.Tokens[first].End >= mention.End;

    /// <summary>The name's token carries "’s", or the next token is one.</summary>
    private static bool Possessive(Article article, int token) =>
        WordClasses.EndsPossessive(article.TokenText(token)) || (token + 1 < article.Tokens.Length && WordClasses.EndsPossessive(article.TokenText(token + 1)));
}
