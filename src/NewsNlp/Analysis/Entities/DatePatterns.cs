using System.Collections.Frozen;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// Finds DATE mentions by hand-written patterns over tokens (no regex, linear time): "August 17, 2025",
/// "17 August 2025", "Sunday, August 17", "August 2025", "Sunday" and "Monday’s" (the weekday only),
/// "in 2014" (a bare year needs a preposition before it), "the 1990s", ISO dates "2025-08-17", and the
/// relative dates news writes: "today", "yesterday", "tomorrow", "last week", "next month", "this year".
/// "May" and "March" count as months only beside a day or year number ("may" is mostly a verb).
/// </summary>
internal static class DatePatterns
{
    private static readonly (string Word, int Month)[] Months =
    [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
        ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ];

    // Every word that can start a date, with what it is: each token costs one look-up here instead of one per
    // list (a token is asked about all of them, and almost none is on any).
    private static readonly FrozenDictionary<string, CalendarWord>.AlternateLookup<ReadOnlySpan<char>> StartWords = BuildStartWords();

    // Bit n of entry l: some start word begins with letter l ('a' = 0) and is n characters long.
    private static readonly ulong[] StartLengths = BuildStartLengths();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Periods =
        new[] { "week", "weekend", "month", "year", "decade", "century", "spring", "summer", "autumn", "fall", "winter" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearPrepositions =
        new[] { "in", "since", "by", "until", "till", "from", "before", "after", "during", "through", "of", "early", "late", "mid", "around", "circa" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string[] WeekdayNames => ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static string[] DeicticDayNames => ["today", "yesterday", "tomorrow", "tonight"];

    private static string[] RelativeHeadNames => ["last", "next", "this", "past", "coming", "previous"];

    [Flags]
    private enum CalendarKind : byte
    {
        None = 0,
        DeicticDay = 1,
        RelativeHead = 2,
        Weekday = 4,
    }

    /// <summary>
    /// The DATE span starting at token <paramref name="i"/>: its end token (exclusive) and the character
    /// end of its last token (shorter than the token for "Monday’s"); (i, 0) when none starts there.
    /// </summary>
    public static (int EndToken, int EndChar) Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var word = Word(text, tokens, i);
        var kinds = Calendar(word).Kinds;
        if (IsIsoDate(word) || (kinds & CalendarKind.DeicticDay) != 0)
        {
            return (i + 1, tokens[i].End);
        }

        if ((kinds & CalendarKind.RelativeHead) != 0 && i + 1 < tokens.Length)
        {
            var next = Word(text, tokens, i + 1);
            if (Periods.Contains(next) || (Calendar(next).Kinds & CalendarKind.Weekday) != 0 || (Month(next) is > 0 and not (3 or 5)))
            {
                return (i + 2, tokens[i + 1].End);
            }
        }

        var end = i;
        var weekday = Possessive.Strip(word);
        if (((weekday.Length == word.Length ? kinds : Calendar(weekday).Kinds) & CalendarKind.Weekday) != 0)
        {
            end = i + 1;
            var j = Skip(text, tokens, end, ',');
            var more = MonthDayYear(text, tokens, j);
            if (more > j)
            {
                return (more, tokens[more - 1].End);
            }

            return (end, tokens[i].Start + Possessive.Strip(word).Length);
        }

        var calendar = MonthDayYear(text, tokens, i);
        if (calendar > i)
        {
            return (calendar, tokens[calendar - 1].End);
        }

        if (IsYear(word) && i > 0 && YearPrepositions.Contains(Word(text, tokens, i - 1)))
        {
            return (i + 1, tokens[i].End);
        }

        if (IsDecade(word) && i > 0 && Word(text, tokens, i - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return (i + 1, tokens[i].End);
        }

        return (i, 0);
    }

    /// <summary>"August 17, 2025", "August 17", "17 August 2025", "August 2025", or a lone unambiguous month.</summary>
    private static int MonthDayYear(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i >= tokens.Length)
        {
            return i;
        }

        var word = Word(text, tokens, i);
        var month = Month(word);
        if (month > 0)
        {
            var j = i + 1;
            if (j < tokens.Length && IsDay(Word(text, tokens, j)))
            {
                j++;
                var k = Skip(text, tokens, j, ',');
                return k < tokens.Length && IsYear(Word(text, tokens, k)) ? k + 1 : j;
            }

            if (j < tokens.Length && IsYear(Word(text, tokens, j)))
            {
                return j + 1;
            }

            // "may" and "march" are verbs far more often than months.
            return month is 3 or 5 || !char.IsUpper(word[0]) ? i : i + 1;
        }

        if (IsDay(word) && i + 1 < tokens.Length && Month(Word(text, tokens, i + 1)) > 0)
        {
            var j = i + 2;
            return j < tokens.Length && IsYear(Word(text, tokens, j)) ? j + 1 : j;
        }

        return i;
    }

    private static int Month(ReadOnlySpan<char> word)
    {
        var bare = word.Length > 1 && word[^1] == '.' ? word[..^1] : word;
        return Calendar(bare).Month;
    }

    // What the word is in StartWords (case-insensitive). Most words are rejected before the look-up by their
    // first letter and length; a word starting outside ASCII is looked up (case folding could still match it).
    private static CalendarWord Calendar(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 63)
        {
            return default;
        }

        var letter = (word[0] | 0x20) - 'a';
        if (word[0] <= 0x7F && ((uint)letter > 25 || ((StartLengths[letter] >> word.Length) & 1) == 0))
        {
            return default;
        }

        return StartWords.TryGetValue(word, out var found) ? found : default;
    }

    private static FrozenDictionary<string, CalendarWord>.AlternateLookup<ReadOnlySpan<char>> BuildStartWords()
    {
        var words = new Dictionary<string, CalendarWord>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, CalendarKind kind, int month = 0)
        {
            var known = words.GetValueOrDefault(word);
            words[word] = new CalendarWord(known.Kinds | kind, Math.Max(known.Month, month));
        }

        foreach (var (word, month) in Months)
        {
            Add(word, CalendarKind.None, month);
        }

        Array.ForEach(WeekdayNames, w => Add(w, CalendarKind.Weekday));
        Array.ForEach(DeicticDayNames, w => Add(w, CalendarKind.DeicticDay));
        Array.ForEach(RelativeHeadNames, w => Add(w, CalendarKind.RelativeHead));
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static ulong[] BuildStartLengths()
    {
        var lengths = new ulong[26];
        foreach (var word in StartWords.Dictionary.Keys)
        {
            lengths[char.ToLowerInvariant(word[0]) - 'a'] |= 1UL << word.Length;
        }

        return lengths;
    }

    /// <summary>What a word that may start a date is: its kinds and its month number (0 for none).</summary>
    private readonly record struct CalendarWord(CalendarKind Kinds, int Month);

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) => text.Slice(tokens[i].Start, tokens[i].Length);

    private static int Skip(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, char punctuation) =>
        i < tokens.Length && tokens[i].Length == 1 && text[tokens[i].Start] == punctuation ? i + 1 : i;

    private static bool IsDay(ReadOnlySpan<char> word)
    {
        var digits = word;
        if (digits.Length > 2 && (digits.EndsWith("st", StringComparison.OrdinalIgnoreCase) || digits.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || digits.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || digits.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
        {
            digits = digits[..^2];
        }

        return digits.Length is 1 or 2 && AllDigits(digits) && Number(digits) is >= 1 and <= 31;
    }

    private static bool IsYear(ReadOnlySpan<char> word) => word.Length == 4 && AllDigits(word) && Number(word) is >= 1800 and <= 2199;

    private static bool IsDecade(ReadOnlySpan<char> word) => word.Length == 5 && word[4] == 's' && IsYear(word[..4]) && word[3] == '0';

    private static bool IsIsoDate(ReadOnlySpan<char> word) =>
        word.Length == 10 && word[4] == '-' && word[7] == '-' && IsYear(word[..4]) && AllDigits(word[5..7]) && AllDigits(word[8..])
        && Number(word[5..7]) is >= 1 and <= 12 && Number(word[8..]) is >= 1 and <= 31;

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
