using System.Collections.Frozen;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// Pattern spotters that back up the trained recogniser where news phrasing is a give-away:
/// a title before capitalised words is a person ("President Donald Trump", "Secretary of State Marco
/// Rubio", "European Commission president Ursula von der Leyen"); a capitalised word before "’s foreign
/// ministry", "’s government" and the like is a country ("Russia’s foreign ministry"); and a demonym
/// is a NORP ("Russian", "European", "Ukrainians"). They only fill tokens no name covers yet.
/// </summary>
internal static class NamePatterns
{
    /// <summary>Lower-case particles inside personal names.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles =
        new[] { "von", "der", "den", "van", "de", "da", "del", "di", "du", "la", "le", "bin", "al", "ibn", "-" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What follows "X’s" when X is a state.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StateNouns =
        new[] { "foreign", "government", "ministry", "embassy", "ambassador", "parliament", "military", "army", "armed", "navy", "president", "prime", "defence", "defense", "economy", "capital", "border", "borders", "territory", "sovereignty" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Demonyms that are ordinary words in lower case ("western", "liberal"): NORP only when capitalised.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CasedOnlyDemonyms =
        new[] { "western", "westerners", "liberal", "conservative", "conservatives", "labour", "democratic", "republican", "catholic", "catholics", "christian", "christians", "protestant", "soviet", "transatlantic" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A person named right after the title ending at <paramref name="titleEnd"/>: the end token of the name, or
    /// titleEnd when none. A capitalised word the word lists know only in lower case is no name unless a name
    /// list has it: in a headline "Trump Envoy Claims" the verb is capitalised too.
    /// </summary>
    public static int PersonAfterTitle(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<GazetteerHit> hits, WordListLexicon lexicon, int titleEnd)
    {
        var end = titleEnd;
        for (var j = titleEnd; j < tokens.Length && j - titleEnd < 5; j++)
        {
            var word = Word(text, tokens, j);
            if (IsCapitalised(word) && (hits[j].Kinds & (GazetteerKind.Title | GazetteerKind.Demonym | GazetteerKind.Organisation)) == 0
                && (!lexicon.IsLowerCaseOnly(word) || (hits[j].Kinds & (GazetteerKind.FirstName | GazetteerKind.Surname)) != 0))
            {
                end = j + 1;
            }
            else if (!(end > titleEnd && Particles.Contains(word)))
            {
                break;
            }
        }

        return end;
    }

    /// <summary>True when token <paramref name="i"/> is a capitalised word followed by "’s" and a noun of statehood.</summary>
    public static bool IsStateBeforePossessive(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var word = Word(text, tokens, i);
        if (!IsCapitalised(word))
        {
            return false;
        }

        // The possessive is its own token ("Russia ’s") or still glued to the word ("Russia’s").
        var next = i + 1;
        if (Possessive.Strip(word).Length == word.Length)
        {
            if (next >= tokens.Length || !IsPossessive(Word(text, tokens, next)))
            {
                return false;
            }

            next++;
        }

        return next < tokens.Length && StateNouns.Contains(Word(text, tokens, next));
    }

    /// <summary>True when a token that a demonym list matched should be a NORP mention.</summary>
    public static bool IsNorp(ReadOnlySpan<char> word) => IsCapitalised(word) || !CasedOnlyDemonyms.Contains(word);

    private static bool IsPossessive(ReadOnlySpan<char> word) => word is "'s" or "’s" or "'" or "’";

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) => text.Slice(tokens[i].Start, tokens[i].Length);
}
