using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// A pattern spotter beside the trained recogniser for organisation names that end in a head word
/// ("Lakeside General Hospital", "Marrow Valley Dockers’ Union", "Halden Motors") or open with one
/// followed by "of" and a name ("Central Bank of Varland", "University of Teskor"). The recogniser sees
/// two words either side, so it often types the first words of such a run as a person or a place and
/// drops the head. The rule is conservative: capitalised words only (lower-cased text is left to the
/// model), at least one name word besides the head, and it only replaces names that lie wholly inside
/// the run; a longer name the model found ("Department of Health and Human Services") is kept.
/// </summary>
internal static class OrganisationNames
{
    /// <summary>Longest run of name words looked at before a head; names rarely run longer.</summary>
    private const int MaxWordsBefore = 5;

    /// <summary>Longest name after "of" ("Bank of New South Wales").</summary>
    private const int MaxWordsAfterOf = 3;

    /// <summary>Confidence given to a name this rule typed or extended.</summary>
    private const float RuleConfidence = 0.6f;

    /// <summary>Head words of organisation names; true for those that also open a name before "of" ("Ministry of …").</summary>
    private static readonly WordTable<bool> Heads = Table(
        of: ["hospital", "university", "union", "bank", "council", "agency", "ministry", "department", "commission", "authority",
            "association", "institute", "college", "federation", "foundation", "committee", "board", "corporation"],
        only: ["party", "motors", "inc.", "corp.", "group", "airlines", "airways", "holdings", "ltd.", "plc"]);

    /// <summary>Capitalised at a sentence start or in a headline without being part of a name.</summary>
    private static readonly WordTable<bool> NeverInName = WordTable.Of(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "in", "on", "at", "for",
        "with", "by", "from", "after", "before", "as", "and", "but", "when", "while", "if", "then", "meanwhile", "also", "yesterday",
        "today", "tomorrow", "last", "next", "every", "each", "both", "new", "former", "ex", "some", "many", "most", "all", "no", "one");

    /// <summary>
    /// Applies the rule to the names from <paramref name="first"/> on in <paramref name="names"/> (one
    /// sentence's, token positions relative to <paramref name="tokens"/>), typed with the model's labels.
    /// </summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<RecognizedName> names, int first)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = Word(text, tokens, i);
            if (!IsCapitalised(word) || !Heads.TryGetValue(word, out var takesOf))
            {
                continue;
            }

            var start = RunStart(text, tokens, i);
            var end = takesOf ? OfNameEnd(text, tokens, i + 1) : i + 1;
            // "First Union Securities": a capitalised word after the head means the name goes on beyond it.
            if ((start == i && end == i + 1) || (end < tokens.Length && IsCapitalised(Word(text, tokens, end))))
            {
                continue;
            }

            Replace(names, first, start, end);
            i = end - 1;
        }
    }

    /// <summary>
    /// The first name word of the capitalised run ending at the head <paramref name="head"/>, over a plural
    /// possessive ("Dockers’ Union"); a singular one ends it ("Texas A&amp;M’s Engineering Department").
    /// </summary>
    private static int RunStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int head)
    {
        var start = head;
        for (var j = head - 1; j >= 0 && head - j <= MaxWordsBefore; j--)
        {
            var word = Word(text, tokens, j);
            if (j > 0 && IsPossessiveMark(word) && j < start && IsCapitalised(Word(text, tokens, j - 1)))
            {
                continue;
            }

            if (!IsCapitalised(word) || NeverInName.Contains(word) || Heads.Contains(word))
            {
                break;
            }

            start = j;
        }

        return start;
    }

    /// <summary>After a head that takes "of": the end of "of" and one to three capitalised words; the head's end otherwise.</summary>
    private static int OfNameEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int afterHead)
    {
        if (afterHead + 1 >= tokens.Length || !Word(text, tokens, afterHead).SequenceEqual("of"))
        {
            return afterHead;
        }

        var end = afterHead + 1;
        while (end < tokens.Length && end - afterHead - 1 < MaxWordsAfterOf && IsCapitalised(Word(text, tokens, end)) && !NeverInName.Contains(Word(text, tokens, end)))
        {
            end++;
        }

        return end > afterHead + 1 ? end : afterHead;
    }

    /// <summary>
    /// Makes tokens [start, end) one ORG name when every name the model found there lies strictly inside
    /// it; a name crossing its edges, or one exactly there (whatever its type: "Soviet Union" is a place),
    /// means the model saw something the rule does not, and it wins. Names stay in token order.
    /// </summary>
    private static void Replace(List<RecognizedName> names, int first, int start, int end)
    {
        var confidence = RuleConfidence;
        var from = first;
        while (from < names.Count && names[from].EndToken <= start)
        {
            from++;
        }

        var to = from;
        for (; to < names.Count && names[to].FirstToken < end; to++)
        {
            var name = names[to];
            if (name.FirstToken < start || name.EndToken > end || (name.FirstToken == start && name.EndToken == end))
            {
                return;
            }

            confidence = Math.Max(confidence, name.Confidence);
        }

        names.RemoveRange(from, to - from);
        names.Insert(from, new RecognizedName(start, end, "ORG", confidence));
    }

    private static bool IsPossessiveMark(ReadOnlySpan<char> word) => word is "'" or "’";

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) => text.Slice(tokens[i].Start, tokens[i].Length);

    private static WordTable<bool> Table(string[] of, string[] only)
    {
        var table = new WordTable<bool>();
        foreach (var word in only)
        {
            table[word] = false;
        }

        foreach (var word in of)
        {
            table[word] = true;
        }

        return table;
    }
}
