using NewsNlp.Documents;

namespace NewsNlp.Stakeholders;

/// <summary>Grammatical gender known for a person, from titles or pronouns; drives pronoun linking.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}

/// <summary>An entity while the stakeholder stage builds it: its mentions, name variants and roles.</summary>
internal sealed class Stakeholder(string type)
{
    public string Type { get; set; } = type;

    /// <summary>The name without titles, in the best-cased form seen ("Steve Witkoff").</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Lower-case words of the fullest name ("steve", "witkoff").</summary>
    public string[] Words { get; set; } = [];

    public List<Mention> Mentions { get; } = [];

    /// <summary>Roles seen beside the name, with how often.</summary>
    public Dictionary<string, int> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Gender Gender { get; set; }

    public int Id { get; set; } = -1;

    public int FirstStart => Mentions.Count == 0 ? int.MaxValue : Mentions.Min(m => m.Start);

    /// <summary>The most frequent role, the longest among equals.</summary>
    public string BestRole() => Roles.Count == 0 ? string.Empty
        : Roles.OrderByDescending(r => r.Value).ThenByDescending(r => r.Key.Length).ThenBy(r => r.Key, StringComparer.Ordinal).First().Key;

    public bool IsPerson => Type == EntityTypes.Person;
}
