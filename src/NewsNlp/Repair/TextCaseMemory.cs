namespace NewsNlp.Repair;

/// <summary>
/// How one text itself writes its capitalised words: the pairs of adjacent words it writes both
/// capitalised ("Medical Center"), and each word's capitalised form ("IDD", "McAuliffe"). Sentence
/// starts and title-case headings capitalise words for their position, not for the word, so they are
/// left out. Keyed by the lexicon's key hashes, so no strings are made; built once per text, on first need.
/// </summary>
internal sealed class TextCaseMemory
{
    private readonly string _text;
    private readonly List<WordToken> _words;
    private readonly HashSet<ulong> _pairs = [];
    private readonly Dictionary<ulong, int> _forms = [];

    public TextCaseMemory(string text, List<WordToken> words)
    {
        _text = text;
        _words = words;
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsCapitalised(i))
            {
                continue;
            }

            var key = KeyOf(i);
            if (key != 0 && !_forms.ContainsKey(key))
            {
                _forms[key] = i;
            }

            if (i > 0 && IsCapitalised(i - 1) && OneSpaceApart(i - 1, i) && PairKey(KeyOf(i - 1), key) is var pair && pair != 0)
            {
                _pairs.Add(pair);
            }
        }
    }

    /// <summary>The first word written capitalised mid-sentence with the same key as word <paramref name="index"/>, or -1.</summary>
    public int FormOf(int index) => _forms.GetValueOrDefault(KeyOf(index), -1);

    /// <summary>True when the text writes words <paramref name="first"/> and <paramref name="second"/>, one space apart, as a capitalised pair somewhere.</summary>
    public bool InCapitalisedPair(int first, int second)
        => first >= 0 && second < _words.Count && OneSpaceApart(first, second)
            && PairKey(KeyOf(first), KeyOf(second)) is var pair && pair != 0 && _pairs.Contains(pair);

    private bool IsCapitalised(int index)
    {
        var w = _words[index];
        return !w.Is(WordFlags.Lower) && !w.Is(WordFlags.SentenceStart) && !w.Is(WordFlags.Heading) && !w.Is(WordFlags.Protected)
            && !w.Is(WordFlags.HasDigit) && w.Length >= 2 && char.IsUpper(_text[w.Start]);
    }

    private ulong KeyOf(int index) => CaseLexicon.KeyHashOf(_text.AsSpan(_words[index].Start, _words[index].Length));

    private bool OneSpaceApart(int first, int second)
        => _words[second].Start == _words[first].End + 1 && _text[_words[first].End] == ' ';

    private static ulong PairKey(ulong first, ulong second) => first == 0 || second == 0 ? 0 : (first * 0x9E3779B97F4A7C15UL) ^ second;
}
