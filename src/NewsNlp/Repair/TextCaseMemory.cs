namespace NewsNlp.Repair;

/// <summary>
/// How one text itself writes its capitalised words: the pairs of adjacent words it writes both
/// capitalised ("Medical Center"), and where each word is first written capitalised ("IDD", "McAuliffe").
/// Keyed by the lexicon's key hashes (<see cref="CaseLexicon.KeyHashOf"/>), so no strings are made;
/// <see cref="CasingEvidence"/> fills it in the same pass that counts the text's word forms.
/// </summary>
internal sealed class TextCaseMemory
{
    private readonly HashSet<ulong> _pairs = [];
    private readonly Dictionary<ulong, int> _forms = [];

    /// <summary>Records capitalised word <paramref name="index"/>; <paramref name="previousKey"/> is the key of the capitalised word one space before it, or 0.</summary>
    public void Add(ulong key, int index, ulong previousKey)
    {
        _forms.TryAdd(key, index);
        if (previousKey != 0)
        {
            _pairs.Add(PairKey(previousKey, key));
        }
    }

    /// <summary>The first capitalised word with this key, or -1.</summary>
    public int FormOf(ulong key) => key == 0 ? -1 : _forms.GetValueOrDefault(key, -1);

    /// <summary>True when the text writes the two words, one space apart, as a capitalised pair somewhere.</summary>
    public bool HasPair(ulong first, ulong second) => first != 0 && second != 0 && _pairs.Contains(PairKey(first, second));

    private static ulong PairKey(ulong first, ulong second) => (first * 0x9E3779B97F4A7C15UL) ^ second;
}
