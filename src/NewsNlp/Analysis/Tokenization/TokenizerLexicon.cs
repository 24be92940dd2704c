using System.Collections.Frozen;

namespace NewsNlp.Analysis.Tokenization;

/// <summary>
/// The small closed lists the tokenizer consults: abbreviations that keep their period, prefixes that
/// keep their hyphen, and contractions written without an apostrophe. Lookups take spans of the text
/// (no substring per token) and ignore case. The lists follow the UD English EWT conventions.
/// </summary>
internal static class TokenizerLexicon
{
    private static readonly FrozenSet<string> AbbreviationSet = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "gov", "sen", "rep", "reps", "rev", "lt", "col",
        "capt", "cpt", "sgt", "maj", "adm", "cmdr", "hon", "pres", "supt", "insp", "ft", "mt", "ave", "blvd", "rd",
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "est", "ed", "eds", "vs", "v", "etc", "al", "approx", "ca", "cf", "esp",
        "attn", "fax", "mob", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "lb", "lbs", "oz",
        "yrs", "mins", "hrs", "min", "max", "govt", "intl", "natl", "eg", "ie", "ph", "spec", "conf", "info", "misc");

    // Abbreviations that are also words ("no", "art"): they keep their period only before a number ("No. 5").
    private static readonly FrozenSet<string> NumberAbbreviationSet = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "no", "nos", "vol", "vols", "pp", "p", "fig", "figs", "ch", "sec", "art", "para", "ext", "tel");

    // Titles before a name: a period after them never ends a sentence.
    private static readonly FrozenSet<string> TitleSet = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "gov", "sen", "rep", "reps", "rev", "lt", "col", "capt", "cpt",
        "sgt", "maj", "adm", "cmdr", "hon", "pres", "supt", "insp", "ft", "mt", "no", "nos", "vol", "fig", "vs", "v",
        "cf", "eg", "e.g", "i.e", "approx", "ca", "art", "sec", "ch", "pp", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec");

    // Left parts that keep a hyphen as one token in EWT ("e-mail", "co-workers", "non-commercial").
    private static readonly FrozenSet<string> HyphenPrefixSet = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "cross",
        "neo", "psycho", "socio", "counter", "intra", "micro", "un", "quasi");

    // Units written straight after a number ("375mm", "24hrs"); UD splits them off.
    private static readonly FrozenSet<string> UnitSet = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "k", "m", "bn", "mm", "cm", "km", "kg", "mg", "g", "lb", "lbs", "oz", "gb", "mb", "kb", "tb", "ghz", "mhz",
        "hr", "hrs", "h", "min", "mins", "sec", "secs", "am", "pm", "mph", "kph", "mmbtu", "p", "ft", "yrs", "kw", "mw");

    // Contractions without an apostrophe, split UD-style: the value is where the second word starts.
    private static readonly FrozenDictionary<string, int> BareContractionMap = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3,
        ["gonna"] = 3,
        ["wanna"] = 3,
        ["gotta"] = 3,
        ["outta"] = 3,
        ["dont"] = 2,
        ["didnt"] = 3,
        ["doesnt"] = 4,
        ["wont"] = 2,
        ["cant"] = 2,
        ["isnt"] = 2,
        ["arent"] = 3,
        ["wasnt"] = 3,
        ["werent"] = 4,
        ["hasnt"] = 3,
        ["havent"] = 4,
        ["hadnt"] = 3,
        ["couldnt"] = 5,
        ["wouldnt"] = 5,
        ["shouldnt"] = 6,
        ["aint"] = 2,
        ["im"] = 1,
        ["ive"] = 1,
        ["youre"] = 3,
        ["theyre"] = 4,
        ["thats"] = 4,
        ["theres"] = 5,
        ["whats"] = 4,
        ["itll"] = 2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        AbbreviationSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberAbbreviations =
        NumberAbbreviationSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units =
        UnitSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles =
        TitleSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixes =
        HyphenPrefixSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BareContractions =
        BareContractionMap.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word (without its final period) that is a known abbreviation or of the U.S./e.g. kind.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        Abbreviations.Contains(word) || IsDottedLetters(word) || (word.Length == 1 && char.IsUpper(word[0]));

    /// <summary>True for an abbreviation that is also a word, which keeps its period only before a number ("No. 5", "Art. 5").</summary>
    public static bool IsNumberAbbreviation(ReadOnlySpan<char> word) => NumberAbbreviations.Contains(word);

    /// <summary>True for an abbreviation that precedes what it qualifies (Mr., Dr., Jan., No.), so its period never ends a sentence.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) =>
        Titles.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));

    public static bool IsUnit(ReadOnlySpan<char> word) => Units.Contains(word);

    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => HyphenPrefixes.Contains(word);

    /// <summary>Where the second word of a bare contraction ("cannot" → 3) starts, or 0.</summary>
    public static int BareContractionSplit(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 8 && BareContractions.TryGetValue(word, out var at) ? at : 0;

    /// <summary>Single letters joined by periods: "U.S", "e.g", "a.m", "D.C".</summary>
    private static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }
}
