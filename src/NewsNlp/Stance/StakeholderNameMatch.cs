using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>How a labelled stakeholder's name was matched to a pipeline entity, from the surest way to the loosest.</summary>
public enum NameMatchKind
{
    /// <summary>The entity's name is the labelled name, ignoring case, titles, "the" and a possessive ("the White House" = "White House").</summary>
    Exact,

    /// <summary>One of the entity's mentions in the text reads as the labelled name ("Lund" for the entity "Ida Lund").</summary>
    Mention,

    /// <summary>
    /// Two proper names share a capitalised word of three or more letters ("Judge Bunning" ~ "Bunning"); may
    /// still join two people of one family name.
    /// </summary>
    SharedWord,
}

/// <summary>
/// Finds the pipeline entity a labelled stakeholder stands for, saying how: an exact name first, then one
/// of the entity's mentions, and only then a shared name word, so "Donald Trump Jr." never takes the place
/// of an entity named "Donald Trump" and every loose match can be counted and checked.
/// </summary>
public static class StakeholderNameMatch
{
    // Words before a name that say what someone is, not who ("Mayor Lund" is "Lund").
    private static readonly WordTable<bool> Titles = WordTable.Of(
        ["the", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "president", "mayor", "prime", "minister", "secretary", "gen", "general"]);

    // Lower-case words inside a person's name.
    private static readonly WordTable<bool> NameParticles = WordTable.Of(["von", "van", "der", "den", "de", "del", "da", "di", "al", "bin", "la", "le"]);

    /// <summary>
    /// The entities a labelled name may stand for, surest kind first; a kind with no entity is left out. The
    /// caller takes the first kind whose entities it can use, so a loose match only counts when no surer one does.
    /// </summary>
    public static IEnumerable<(IReadOnlyList<Entity> Entities, NameMatchKind Kind)> Candidates(Article article, string stakeholder)
    {
        var key = Normalise(stakeholder);
        var exact = article.Entities.Where(e => Normalise(e.Name) == key).ToArray();
        if (exact.Length > 0)
        {
            yield return (exact, NameMatchKind.Exact);
        }

        var byMention = article.Mentions
            .Where(m => m.EntityId >= 0 && m.End <= article.Clean.Length && Normalise(article.TextOf(m.Span).ToString()) == key)
            .Select(m => m.EntityId)
            .ToHashSet();
        var mentioned = article.Entities.Where(e => byMention.Contains(e.Id) && !exact.Contains(e)).ToArray();
        if (mentioned.Length > 0)
        {
            yield return (mentioned, NameMatchKind.Mention);
        }

        // Only between two proper names ("Kentuckian McConnell" ~ "McConnell"): "Sanders supporters" and
        // "Obama's spokesman" share a word with Sanders and Obama but are other stakeholders.
        var shared = IsProperName(stakeholder)
            ? article.Entities.Where(e => !exact.Contains(e) && !mentioned.Contains(e) && IsProperName(e.Name) && StakeholderStanceEvaluation.ShareANameWord(e.Name, stakeholder)).ToArray()
            : [];
        if (shared.Length > 0)
        {
            yield return (shared, NameMatchKind.SharedWord);
        }
    }

    /// <summary>A name of capitalised words, particles aside ("Ursula von der Leyen"), and no possessive: a name, not a description.</summary>
    internal static bool IsProperName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => !w.Contains('\'') && !w.Contains('’') && (char.IsUpper(w[0]) || NameParticles.Contains(w)));
    }

    /// <summary>A name as a comparison key: lower case, single spaces, no leading titles, "the" or trailing possessive.</summary>
    internal static string Normalise(string name)
    {
        var words = name.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Possessive.Strip(w.Trim('.', ',', '"', '“', '”')).ToString().ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToList();
        while (words.Count > 1 && Titles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }
}
