using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Words of titles and roles ("special U.S. envoy", "Secretary of State"), from <c>Resources/titles.txt</c>:
/// heads can stand alone ("the envoy"), modifiers only qualify a head ("former", "foreign").
/// </summary>
public sealed class Titles
{
    private static readonly Lazy<Titles> Shared = new(() => Parse(ReportingLexicon.ReadResource("Stakeholders.Resources.titles.txt")));

    // Courtesy titles name no office ("Minister Mr. Toccafondi" has the role "Minister") but do name a person.
    private static readonly WordTable<bool> Honorifics = WordTable.Of(["mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "sir"]);

    private readonly WordTable<bool> _heads;
    private readonly WordTable<bool> _modifiers;

    private Titles(WordTable<bool> heads, WordTable<bool> modifiers)
    {
        _heads = heads;
        _modifiers = modifiers;
    }

    public static Titles Default => Shared.Value;

    /// <summary>"Mr.", "Mrs", "Ms.", "Dr", "Sir": a courtesy title, always before a person's name.</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => Honorifics.Contains(word);

    public bool IsHead(ReadOnlySpan<char> word) => _heads.Contains(word);

    public bool IsModifier(ReadOnlySpan<char> word) => _modifiers.Contains(word);

    public bool IsTitleWord(ReadOnlySpan<char> word) => IsHead(word) || IsModifier(word);

    public static Titles Parse(string text)
    {
        var heads = new WordTable<bool>();
        var modifiers = new WordTable<bool>();
        foreach (var raw in text.Split('\n'))
        {
            var parts = raw.Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0] == "head")
            {
                heads[parts[1]] = true;
            }
            else if (parts.Length == 2 && parts[0] == "mod")
            {
                modifiers[parts[1]] = true;
            }
        }

        return new Titles(heads, modifiers);
    }
}
