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
        "yrs", "mins", "hrs", "min", "max", "govt", "intl", "natl", "eg", "ie", "ph", "spec", "conf", "info", "misc",
        "drs", "sts", "pvt", "ps");

    // Abbreviations that are also words ("no", "art"): they keep their period only before a number ("No. 5").
    private static readonly FrozenSet<string> NumberAbbreviationSet = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "no", "nos", "vol", "vols", "pp", "p", "fig", "figs", "ch", "sec", "art", "para", "ext", "tel");

    // Titles before a name: a period after them never ends a sentence.
    private static readonly FrozenSet<string> TitleSet = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "drs", "prof", "st", "gen", "gov", "sen", "rep", "reps", "rev", "lt", "col", "capt", "cpt",
        "sgt", "maj", "adm", "cmdr", "hon", "pres", "supt", "insp", "ft", "mt", "no", "nos", "vol", "fig", "vs", "v",
        "cf", "eg", "e.g", "i.e", "p.s", "approx", "ca", "art", "sec", "ch", "pp", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec");

    // Left parts that keep a hyphen as one token in EWT ("e-mail", "co-workers", "non-commercial").
    private static readonly FrozenSet<string> HyphenPrefixSet = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "cross",
        "neo", "psycho", "socio", "counter", "intra", "micro", "un", "quasi", "vice");

    // Units written straight after a number ("375mm", "24hrs", "$5b"); UD splits them off. Not "g": "3G" and
    // "4g" are mobile networks, one token in EWT.
    private static readonly FrozenSet<string> UnitSet = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "k", "m", "b", "bn", "mm", "cm", "km", "kg", "mg", "lb", "lbs", "oz", "gb", "mb", "kb", "tb", "hz", "ghz", "mhz",
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
        ["youll"] = 3,
        ["youve"] = 3,
        ["theyll"] = 4,
        ["theyve"] = 4,
        ["hes"] = 2,
        ["shes"] = 3,
        ["heres"] = 4,
        ["wheres"] = 5,
        ["whos"] = 3,

        // Possessives without an apostrophe that cannot be anything else ("someone elses", "childrens").
        ["elses"] = 4,
        ["childrens"] = 8,
        ["todays"] = 5,

        // Words run together that EWT annotates as two ("alot" = a + lot, "everytime", "sorta").
        ["alot"] = 1,
        ["everytime"] = 5,
        ["sorta"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Words that can follow "it is" / "you are" but never the possessives "its" / "your" (a determiner, "not",
    // an adverb, a preposition, a participle): web text's "its a shame" and "your the best" are it + s and
    // you + r (contractions without their apostrophe), as EWT annotates them. Adjectives and nouns ("its good
    // name", "its kind") and words that start or end a possessive phrase ("its only child", "its very
    // existence", "its so-called", "gave its all") are left out.
    private static readonly FrozenSet<string> AfterBeSet = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "my", "your", "his", "her", "our", "their", "this", "these", "those", "such", "no", "not",
        "nothing", "that", "what", "how", "because", "really", "just", "still", "too", "also", "now",
        "simply", "definitely", "always", "never", "actually", "probably", "quite", "been", "going", "gonna",
        "getting", "got", "called", "ok", "okay", "like", "in", "on", "at", "for", "from", "between", "about", "by",
        "with", "over", "under");

    // Capitalised words that usually open a sentence rather than continue a name ("U.S. Envoy"): after an
    // abbreviation's period they tell the sentence splitter, and the tokenizer, that the sentence ended there.
    private static readonly FrozenSet<string> SentenceOpenerSet = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "In", "On", "At", "If", "When", "As", "For", "His", "Her", "Its", "Their", "Our", "My", "What",
        "Why", "How", "So", "Yet", "Also", "However", "Some", "Many", "Most", "After", "Before", "While", "Please",
        "Thanks", "Thank", "Let", "Do", "Does", "Did", "Is", "Are", "Can", "Could", "Would", "Will", "Should", "Have",
        "Has", "Not", "No", "Yes", "Then", "Now", "Any");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterBe =
        AfterBeSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpeners =
        SentenceOpenerSet.GetAlternateLookup<ReadOnlySpan<char>>();

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
        word.Length is >= 2 and <= 9 && BareContractions.TryGetValue(word, out var at) ? at : 0;

    /// <summary>True for a word that shows a preceding "its" / "your" is "it is" / "you are" ("its a", "your the best").</summary>
    public static bool IsAfterBe(ReadOnlySpan<char> word) => AfterBe.Contains(word);

    /// <summary>True for an opening quote or a capitalised function word that usually starts a sentence ("The", "Please").</summary>
    public static bool IsSentenceOpener(ReadOnlySpan<char> word) =>
        word.Length > 0 && (word[0] is '"' or '“' or '‘' || SentenceOpeners.Contains(word));

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
