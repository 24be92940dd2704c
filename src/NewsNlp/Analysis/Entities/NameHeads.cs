using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// Head words around a name that decide what the name is, beside the trained recogniser (which sees two
/// words either side and learnt little of them):
/// <list type="bullet">
/// <item>a lower-case institution head after a place or organisation names the institution: "Westbury
/// council", "Northfield city council", "the Westbury police" are organisations, not the town (UNER marks
/// "Pakistan army" so);</item>
/// <item>a lower-case landform after a place is part of the place: "the Calder valley", "the Ambra delta"
/// (UNER: "Mekong delta");</item>
/// <item>a capitalised place prefix before a name belongs to it: "Port Elwin", "Fort Dalby";</item>
/// <item>a place or organisation name ending in, or right before, a capitalised document word is a
/// document's title, which is none of the types: "North Atlantic Treaty", "Kyoto Protocol", "Camp David Accord" (UNER leaves them O).</item>
/// </list>
/// Where the recogniser found nothing before a head, a capitalised word the word lists do not know as a
/// plain lower-case word is taken as the name ("Calder", "Northfield"); lower-cased text is left to the model.
/// </summary>
internal static class NameHeads
{
    /// <summary>Longest run of capitalised words taken as a name the recogniser missed before a head.</summary>
    private const int MaxMissedWords = 3;

    /// <summary>Confidence of a name this rule made or changed.</summary>
    private const float RuleConfidence = 0.6f;

    /// <summary>Bodies named after their place ("Westbury council", "the Leeds police").</summary>
    private static readonly WordTable<bool> InstitutionHeads = WordTable.Of("council", "police", "army", "navy");

    /// <summary>Words between the place and the institution head ("Northfield city council").</summary>
    private static readonly WordTable<bool> InstitutionLevels = WordTable.Of(
        "city", "county", "borough", "district", "town", "parish", "municipal", "regional", "provincial");

    /// <summary>Landforms a place's name takes in lower case ("the Calder valley"); not "coast", which goes on into "coast guard".</summary>
    private static readonly WordTable<bool> PlaceHeads = WordTable.Of(
        "valley", "delta", "river", "basin", "peninsula", "estuary", "plateau", "highlands", "lowlands", "mountains", "hills",
        "gorge", "canyon");

    /// <summary>Titles of documents ("North Atlantic Treaty", "Kyoto Protocol"); "Charter" is also a company.</summary>
    private static readonly WordTable<bool> DocumentHeads = WordTable.Of(
        "treaty", "treaties", "accord", "accords", "pact", "protocol", "convention", "conventions", "agreement", "act",
        "declaration", "doctrine", "amendment");

    /// <summary>Words that open a place's name ("Port Elwin", "Fort Dalby", "Lake Ossan"), often left out by the recogniser at a sentence start.</summary>
    private static readonly WordTable<bool> PlacePrefixes = WordTable.Of("port", "fort", "mount", "lake", "cape");

    /// <summary>Capitalised at a sentence start or in a headline without being part of a name.</summary>
    private static readonly WordTable<bool> NeverInName = WordTable.Of(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "in", "on", "at",
        "for", "with", "by", "from", "of", "to", "and", "but", "or", "as", "if", "when", "while", "after", "before", "new", "local",
        "national", "federal", "state", "each", "every", "some", "many", "all", "both", "no", "one");

    /// <summary>
    /// Applies the three rules to the names from <paramref name="first"/> on in <paramref name="names"/> (one
    /// sentence's, in token order, positions relative to <paramref name="tokens"/>).
    /// </summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, WordListLexicon lexicon, List<RecognizedName> names, int first)
    {
        DropDocumentTitles(text, tokens, names, first);
        TakePlacePrefixes(text, tokens, names, first);
        for (var i = 1; i < tokens.Length; i++)
        {
            var word = Word(text, tokens, i);
            if (word.Length < 4 || !char.IsLower(word[0]))
            {
                continue;
            }

            if (PlaceHeads.Contains(word))
            {
                Join(text, tokens, lexicon, names, first, i, i, "LOC", multiWordTypes: "LOC");
            }
            else if (InstitutionHeads.Contains(word))
            {
                var start = InstitutionLevels.Contains(Word(text, tokens, i - 1)) ? i - 1 : i;
                Join(text, tokens, lexicon, names, first, start, i, "ORG", multiWordTypes: "LOC ORG");
            }
        }
    }

    /// <summary>
    /// Makes the name ending right before <paramref name="headStart"/> run to <paramref name="head"/> with
    /// <paramref name="type"/>: a one-word name of any type (an unknown town is often read as a person), a longer
    /// one only of <paramref name="multiWordTypes"/>; with no name there, the capitalised words before the head.
    /// </summary>
    private static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, WordListLexicon lexicon, List<RecognizedName> names, int first, int headStart, int head, string type, string multiWordTypes)
    {
        if (headStart == 0)
        {
            return;
        }

        var at = first;
        while (at < names.Count && names[at].EndToken < headStart)
        {
            at++;
        }

        if (at < names.Count && names[at].FirstToken <= head)
        {
            // A name ends right before the head (and none covers the head itself) or the head is taken.
            var name = names[at];
            if (name.EndToken == headStart && (at + 1 == names.Count || names[at + 1].FirstToken > head)
                && (name.EndToken - name.FirstToken == 1 || multiWordTypes.Contains(name.Type, StringComparison.Ordinal)))
            {
                names[at] = new RecognizedName(name.FirstToken, head + 1, type, Math.Min(name.Confidence, RuleConfidence));
            }

            return;
        }

        var start = headStart;
        while (start > 0 && headStart - start < MaxMissedWords && IsMissedNameWord(text, tokens, lexicon, start - 1))
        {
            start--;
        }

        if (start < headStart && (at == first || names[at - 1].EndToken <= start))
        {
            names.Insert(at, new RecognizedName(start, head + 1, type, RuleConfidence));
        }
    }

    /// <summary>
    /// A capitalised place prefix right before a name joins it: a place, unless the name was an organisation
    /// of several words ("Mount Sinai Hospital"). A one-word name after it is a place whatever the recogniser said.
    /// </summary>
    private static void TakePlacePrefixes(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<RecognizedName> names, int first)
    {
        for (var k = first; k < names.Count; k++)
        {
            var name = names[k];
            var before = name.FirstToken - 1;
            if (before < 0 || (k > first && names[k - 1].EndToken > before))
            {
                continue;
            }

            var word = Word(text, tokens, before);
            if (word.Length > 0 && char.IsUpper(word[0]) && PlacePrefixes.Contains(word))
            {
                var type = name.Type == "ORG" && name.EndToken - name.FirstToken > 1 ? "ORG" : "LOC";
                names[k] = new RecognizedName(before, name.EndToken, type, Math.Min(name.Confidence, RuleConfidence));
            }
        }
    }

    /// <summary>
    /// Removes names that are a document's title or lead into one: the name's last word is a capitalised
    /// document word, or one follows it ("Kyoto" before "Protocol").
    /// </summary>
    private static void DropDocumentTitles(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<RecognizedName> names, int first)
    {
        for (var k = names.Count - 1; k >= first; k--)
        {
            // Persons stay: "the Briggs Declaration" is still named after Briggs (UNER marks him).
            var end = names[k].EndToken;
            if (names[k].Type != "PER" && (IsDocumentHead(Word(text, tokens, end - 1)) || (end < tokens.Length && IsDocumentHead(Word(text, tokens, end)))))
            {
                names.RemoveAt(k);
            }
        }
    }

    private static bool IsDocumentHead(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]) && DocumentHeads.Contains(word);

    /// <summary>A capitalised word the word lists do not know only in lower case, and no function word.</summary>
    private static bool IsMissedNameWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, WordListLexicon lexicon, int i)
    {
        var word = Word(text, tokens, i);
        if (word.Length == 0 || !char.IsUpper(word[0]) || !char.IsLetter(word[^1]) || NeverInName.Contains(word))
        {
            return false;
        }

        return !lexicon.IsLowerCaseOnly(word);
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) => text.Slice(tokens[i].Start, tokens[i].Length);
}
