using NewsNlp.Documents;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Whether a name the recogniser typed as a place or organisation was introduced as a person: right after
/// a title ("Ms Paris", "President Lake"), or as the surname of a person named in full before ("Valeska
/// Paris … Paris was born in …"). Surnames that are also towns ("Paris", "Lake") are where recognisers
/// err, and a person typed as a place loses their pronouns and quotes to it.
/// </summary>
internal static class PersonEvidence
{
    private static readonly string[] RetypedTypes = [EntityTypes.Gpe, EntityTypes.Loc, EntityTypes.Org];

    /// <summary>
    /// Retypes a one-word place or organisation name right after a title as a person ("Ms Paris" with
    /// "Paris" typed GPE); longer names after a title keep their type ("President Kennedy Airport"). A
    /// demonym is a surname only after a courtesy title ("Mr. French"): "Chief Palestinian negotiator" is no name.
    /// </summary>
    public static void RetypeTitledNames(Article article)
    {
        var mentions = article.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind == MentionKind.Name && IsOneWord(article, m) && ((RetypedTypes.Contains(m.Type) && AfterTitle(article, m)) || (m.Type == EntityTypes.Norp && AfterHonorific(article, m))))
            {
                mentions[i] = new Mention { Start = m.Start, End = m.End, Type = EntityTypes.Person, Kind = m.Kind, Sentence = m.Sentence, Confidence = m.Confidence };
            }
        }
    }

    /// <summary>
    /// A person stakeholder stays a person when it was introduced as one: by a full name (given name and
    /// surname) or a titled mention. Its bare surname typed as a place ten times does not outvote that.
    /// </summary>
    public static bool IntroducedAsPerson(Article article, Stakeholder person) =>
        person.IsPerson && (person.Words.Length >= 2 || person.Mentions.Exists(m => m.Type == EntityTypes.Person && AfterTitle(article, m)));

    private static bool IsOneWord(Article article, Mention mention) =>
        article.TokenAtOrAfter(mention.Start) is var first && first < article.Tokens.Length && article.Tokens[first].End >= mention.End;

    private static bool AfterTitle(Article article, Mention mention) => TokenBefore(article, mention) is >= 0 and var t && Titles.Default.IsHead(article.TokenText(t));

    private static bool AfterHonorific(Article article, Mention mention) => TokenBefore(article, mention) is >= 0 and var t && Titles.IsHonorific(article.TokenText(t));

    /// <summary>The token right before the mention in its sentence; -1 at a sentence start.</summary>
    private static int TokenBefore(Article article, Mention mention)
    {
        var first = article.TokenAtOrAfter(mention.Start);
        return first > 0 && first < article.Tokens.Length && article.SentenceOfToken(first - 1) == article.SentenceOfToken(first) ? first - 1 : -1;
    }
}
