using NewsNlp.Quotes;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Words of titles and roles ("special U.S. envoy", "Secretary of State"), from <c>Resources/titles.txt</c>:
/// heads can stand alone ("the envoy"), modifiers only qualify a head ("former", "foreign").
/// </summary>
public sealed class Titles
{
    private static readonly Lazy<Titles> Shared = new(() => Parse(ReportingLexicon.ReadResource("titles.txt")));

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _heads;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _modifiers;

    private Titles(HashSet<string> heads, HashSet<string> modifiers)
    {
        _heads = heads.GetAlternateLookup<ReadOnlySpan<char>>();
        _modifiers = modifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Titles Default => Shared.Value;

    public bool IsHead(ReadOnlySpan<char> word) => _heads.Contains(word);

    public bool IsModifier(ReadOnlySpan<char> word) => _modifiers.Contains(word);

    public bool IsTitleWord(ReadOnlySpan<char> word) => IsHead(word) || IsModifier(word);

    public static Titles Parse(string text)
    {
        var heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var modifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in text.Split('\n'))
        {
            var parts = raw.Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0] == "head")
            {
                heads.Add(parts[1]);
            }
            else if (parts.Length == 2 && parts[0] == "mod")
            {
                modifiers.Add(parts[1]);
            }
        }

        return new Titles(heads, modifiers);
    }
}
