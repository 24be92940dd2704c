namespace NewsNlp.Documents;

/// <summary>
/// A case-insensitive word table for hot loops over tokens: keys are stored lower-cased under the
/// ordinal comparer, a probe is lower-cased into a stack buffer, and two bit masks (word lengths, first
/// letters) turn away most tokens before any hashing. Read-only once built, so safe to share.
/// </summary>
internal sealed class WordTable<TValue>
{
    private const int MaxLength = 63;

    private readonly Dictionary<string, TValue> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private ulong _lengths;
    private ulong _firstLetters;

    public WordTable()
    {
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    /// <summary>The words, lower-cased.</summary>
    public IEnumerable<string> Words => _words.Keys;

    public TValue this[string word]
    {
        set
        {
            var key = word.ToLowerInvariant();
            _words[key] = value;
            if (key.Length <= MaxLength)
            {
                _lengths |= 1UL << key.Length;
            }

            _firstLetters |= LetterBit(key[0]);
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        value = default!;
        if (word.Length == 0 || word.Length > MaxLength || (_lengths & (1UL << word.Length)) == 0
            || (_firstLetters & LetterBit(char.ToLowerInvariant(word[0]))) == 0)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _lookup.TryGetValue(lower, out value!);
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    // a–z get a bit each, every other first character shares bit 26.
    private static ulong LetterBit(char c) => c is >= 'a' and <= 'z' ? 1UL << (c - 'a') : 1UL << 26;
}

/// <summary>Builds word sets.</summary>
internal static class WordTable
{
    /// <summary>A set of words, looked up case-insensitively.</summary>
    public static WordTable<bool> Of(params IEnumerable<string> words)
    {
        var table = new WordTable<bool>();
        foreach (var word in words)
        {
            table[word] = true;
        }

        return table;
    }
}
