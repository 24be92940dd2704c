using System.Globalization;
using System.Text;

namespace NewsNlp.Analysis.Contextual;

/// <summary>One word piece: its vocabulary id and the source characters of the word it came from.</summary>
public readonly record struct WordPiece(int Id, int Start, int End);

/// <summary>
/// BERT's uncased WordPiece tokenisation as all-MiniLM-L6-v2 was trained with it: control characters
/// dropped, whitespace and punctuation split words (each punctuation mark is a word, as is each CJK
/// ideograph), words lower-cased with accents removed, then each word cut greedily into the longest
/// vocabulary pieces ("##" marks a piece inside a word; a word that cannot be cut is [UNK]). Unlike the
/// package's tokenizer it keeps, for every piece, where its word is in the text, so a target span can be
/// found among the pieces. Thread-safe once built.
/// </summary>
public sealed class WordPieceTokenizer
{
    // BERT gives up on longer words: they become one [UNK].
    private const int MaxWordLength = 100;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordStarts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _continuations;

    public WordPieceTokenizer(IReadOnlyList<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var continuations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < vocabulary.Count; id++)
        {
            var entry = vocabulary[id];
            if (entry.StartsWith("##", StringComparison.Ordinal))
            {
                continuations.TryAdd(entry[2..], id);
            }
            else
            {
                starts.TryAdd(entry, id);
            }
        }

        _wordStarts = starts.GetAlternateLookup<ReadOnlySpan<char>>();
        _continuations = continuations.GetAlternateLookup<ReadOnlySpan<char>>();
        ClsId = IdOf(starts, "[CLS]");
        SepId = IdOf(starts, "[SEP]");
        UnkId = IdOf(starts, "[UNK]");
    }

    public int ClsId { get; }

    public int SepId { get; }

    public int UnkId { get; }

    /// <summary>The tokenizer of the MiniLM package's vocabulary, built once per process.</summary>
    public static WordPieceTokenizer MiniLm => SharedMiniLm.Value;

    private static readonly Lazy<WordPieceTokenizer> SharedMiniLm = new(() => new WordPieceTokenizer(MiniLmResources.ReadVocabulary()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The word pieces of <paramref name="text"/> in order (no [CLS] or [SEP]).</summary>
    public List<WordPiece> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<WordPiece>();
        Tokenize(text, 0, text.Length, pieces);
        return pieces;
    }

    /// <summary>
    /// Appends the word pieces of the characters [<paramref name="start"/>, <paramref name="end"/>) of
    /// <paramref name="text"/> to <paramref name="pieces"/>, with offsets into the whole text (no copy of the range).
    /// </summary>
    public void Tokenize(string text, int start, int end, List<WordPiece> pieces)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        var word = new StringBuilder();
        var wordStart = -1;
        var wordEnd = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsDropped(c))
            {
                continue;
            }

            var rune = i + 1 < end && char.IsSurrogatePair(text, i) ? 2 : 1;
            if (IsWhitespace(c) || IsPunctuation(c) || IsCjk(text, i, rune))
            {
                EndWord();
                if (!IsWhitespace(c))
                {
                    AppendNormalised(word, text.AsSpan(i, rune));
                    AddWord(word, i, i + rune, pieces);
                    word.Clear();
                }
            }
            else
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                AppendNormalised(word, text.AsSpan(i, rune));
                wordEnd = i + rune;
            }

            i += rune - 1;
        }

        EndWord();

        void EndWord()
        {
            if (wordStart >= 0)
            {
                AddWord(word, wordStart, wordEnd, pieces);
            }

            word.Clear();
            wordStart = -1;
        }
    }

    private void AddWord(StringBuilder word, int start, int end, List<WordPiece> pieces)
    {
        if (word.Length == 0)
        {
            return;
        }

        var chars = word.ToString().AsSpan();
        if (chars.Length > MaxWordLength)
        {
            pieces.Add(new WordPiece(UnkId, start, end));
            return;
        }

        var first = pieces.Count;
        var at = 0;
        while (at < chars.Length)
        {
            var lookup = at == 0 ? _wordStarts : _continuations;
            var found = -1;
            var length = chars.Length - at;
            for (; length > 0; length--)
            {
                if (lookup.TryGetValue(chars.Slice(at, length), out found))
                {
                    break;
                }
            }

            if (length == 0)
            {
                // One uncuttable part makes the whole word unknown, as in BERT.
                pieces.RemoveRange(first, pieces.Count - first);
                pieces.Add(new WordPiece(UnkId, start, end));
                return;
            }

            pieces.Add(new WordPiece(found, start, end));
            at += length;
        }
    }

    /// <summary>Lower case with accents removed (BERT's uncased normalisation); combining marks are dropped.</summary>
    private static void AppendNormalised(StringBuilder word, ReadOnlySpan<char> character)
    {
        if (character.Length == 2)
        {
            // Outside the Basic Multilingual Plane: no accents to strip.
            word.Append(character);
        }
        else if (CharUnicodeInfo.GetUnicodeCategory(character[0]) != UnicodeCategory.NonSpacingMark)
        {
            word.Append(BertAccentFolding.Fold(character[0]));
        }
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    /// <summary>NUL, U+FFFD and control or format characters other than whitespace: BERT removes them.</summary>
    private static bool IsDropped(char c) =>
        c is '\0' or '\uFFFD'
        || (c is not ('\t' or '\n' or '\r') && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format);

    /// <summary>ASCII symbols count as punctuation in BERT as well as Unicode's P* categories.</summary>
    private static bool IsPunctuation(char c) =>
        c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~')
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    /// <summary>The CJK ideograph blocks BERT splits into one-character words.</summary>
    private static bool IsCjk(string text, int index, int length)
    {
        var cp = length == 2 ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];
        return cp is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF) or (>= 0x2A700 and <= 0x2B73F)
            or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);
    }

    private static int IdOf(Dictionary<string, int> entries, string token) =>
        entries.TryGetValue(token, out var id) ? id : throw new InvalidDataException($"The vocabulary has no {token} entry.");
}
