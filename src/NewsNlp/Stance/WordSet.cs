namespace NewsNlp.Stance;

/// <summary>
/// A fixed set of lower-case word forms that answers for a word given as a span, so hot paths can test
/// words of a text without making a string of each. Immutable and thread-safe.
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _lookup = words.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<string> Words => _lookup.Set;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
