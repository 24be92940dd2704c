using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// Knowledge about words beyond the tagged training data, from open word lists: how a word is cased
/// in a dictionary (lower case only, capitalised only — a proper name —, or both) and how frequent it
/// is in books (a coarse log bucket). It tells the tagger that an unseen capitalised word is probably a
/// name and that a capitalised common word at a sentence start is probably not. Keys are lower case;
/// lookups take spans.
/// </summary>
public sealed class WordListLexicon
{
    private const byte LowerCase = 1;
    private const byte Capitalised = 2;

    private readonly WordCodes<byte> _codes;

    // Keys are lower case (invariant); callers lower-case the word once.
    private WordListLexicon(WordCodes<byte> codes) => _codes = codes;

    /// <summary>A lexicon that knows no word (for models trained without the word lists).</summary>
    public static WordListLexicon Empty { get; } = new(new WordCodes<byte>(new Dictionary<string, byte>(StringComparer.Ordinal)));

    public int Count => _codes.Count;

    /// <summary>The code of a lower-cased word: casing bits (1 lower, 2 capitalised) plus the frequency bucket × 4; 0 when unknown.</summary>
    public byte CodeOfLowerCase(ReadOnlySpan<char> lowerCaseWord) => _codes.Find(lowerCaseWord);

    /// <summary>The code of a word in any casing (lower-cased on the stack; words over 64 chars are unknown).</summary>
    public byte Code(ReadOnlySpan<char> word)
    {
        if (word.Length > 64)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return CodeOfLowerCase(lower);
    }

    /// <summary>
    /// Builds the codes from a cased word list (one word a line) and a frequency list ("word count" lines,
    /// lower case). Either may be empty.
    /// </summary>
    public static WordListLexicon Build(IEnumerable<string> casedWords, IEnumerable<(string Word, long Count)> frequencies)
    {
        ArgumentNullException.ThrowIfNull(casedWords);
        ArgumentNullException.ThrowIfNull(frequencies);
        var codes = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var word in casedWords)
        {
            if (word.Length == 0)
            {
                continue;
            }

            var key = word.ToLowerInvariant();
            codes[key] = (byte)(codes.GetValueOrDefault(key) | (char.IsUpper(word[0]) ? Capitalised : LowerCase));
        }

        foreach (var (word, count) in frequencies)
        {
            if (count > 0)
            {
                var bucket = Math.Clamp(((int)Math.Log2(count) - 10) / 2, 1, 63);
                var key = word.ToLowerInvariant();
                codes[key] = (byte)((codes.GetValueOrDefault(key) & 3) | (bucket << 2));
            }
        }

        return new WordListLexicon(new WordCodes<byte>(codes));
    }

    public void Write(BinaryWriter writer) => _codes.Write(writer, static (w, code) => w.Write(code));

    public static WordListLexicon Read(BinaryReader reader) => new(WordCodes<byte>.Read(reader, static r => r.ReadByte()));
}
