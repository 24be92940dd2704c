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

    /// <summary>
    /// The most frequent role, the longest among equals. A role counts the uses of every shorter role whose
    /// words it contains: "former US President" once and "President Trump" three times is a former president.
    /// </summary>
    public string BestRole()
    {
        if (Roles.Count == 0)
        {
            return string.Empty;
        }

        var words = Roles.Keys.ToDictionary(r => r, RoleWords, StringComparer.OrdinalIgnoreCase);
        return Roles
            .Select(r => (Role: r.Key, Uses: r.Value + Roles.Where(o => words[o.Key].Count < words[r.Key].Count && words[o.Key].IsSubsetOf(words[r.Key])).Sum(o => o.Value)))
            .OrderByDescending(r => r.Uses).ThenByDescending(r => r.Role.Length).ThenBy(r => r.Role, StringComparer.Ordinal).First().Role;
    }

    public bool IsPerson => Type == EntityTypes.Person;

    private static HashSet<string> RoleWords(string role) =>
        new(role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.')), StringComparer.OrdinalIgnoreCase);
}
