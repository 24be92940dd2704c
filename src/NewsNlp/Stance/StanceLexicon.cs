using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// Word lists behind the hand-made stance cues: negation, hedging, and the predicates through which news
/// reports a side ("welcomed", "rejected", "called for"). Lower-case word forms, matched whole.
/// </summary>
internal static class StanceLexicon
{
    public static readonly WordTable<bool> Negation = WordTable.Of(
    [
        "not", "no", "never", "none", "nothing", "neither", "nor", "without", "cannot", "n't", "don't", "doesn't",
        "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "shouldn't", "can't", "couldn't",
        "hardly", "against", "lack", "lacks", "lacking",
    ]);

    public static readonly WordTable<bool> Hedge = WordTable.Of(
    [
        "may", "might", "could", "perhaps", "possibly", "potential", "potentially", "reportedly", "allegedly",
        "suggest", "suggested", "suggests", "unclear", "whether", "if", "uncertain", "likely", "unlikely", "seems",
        "appear", "appears", "cautious", "consider", "considering",
    ]);

    /// <summary>Predicates and words that report agreement, backing or approval.</summary>
    public static readonly WordTable<bool> SupportCue = WordTable.Of(
    [
        "welcome", "welcomed", "welcomes", "support", "supported", "supports", "supporting", "agree", "agreed",
        "agrees", "agreement", "back", "backed", "backs", "endorse", "endorsed", "endorses", "pledge", "pledged",
        "pledges", "praise", "praised", "praises", "ready", "commit", "committed", "commitment", "favor", "favour",
        "favored", "approve", "approved", "approves", "accept", "accepted", "accepts", "optimism", "optimistic",
        "progress", "crucial", "essential", "benefit", "benefits", "beneficial", "good", "great", "better", "best",
        "positive", "willing", "willingness", "affirmed", "promised", "promise", "hailed", "game-changing", "should",
        "must", "need", "needs", "necessary", "right", "allow", "improve", "improves", "help", "helps", "protect",
    ]);

    /// <summary>Predicates and words that report rejection, opposition or warning.</summary>
    public static readonly WordTable<bool> OpposeCue = WordTable.Of(
    [
        "reject", "rejected", "rejects", "oppose", "opposed", "opposes", "opposition", "refuse", "refused",
        "refuses", "condemn", "condemned", "condemns", "criticize", "criticized", "criticised", "criticism", "warn",
        "warned", "warns", "deny", "denied", "denies", "object", "objected", "doubt", "doubts", "skeptic",
        "skeptical", "sceptical", "skepticism", "concern", "concerns", "concerned", "obstacle", "obstacles", "hinder",
        "threat", "threatens", "danger", "dangerous", "harm", "harmful", "bad", "worse", "wrong", "unfair", "fail",
        "fails", "failed", "ban", "banned", "abolish", "stop", "cautioned", "dismissed", "slammed", "blamed",
        "unacceptable", "costly", "risk", "risks", "problem", "problems", "violate", "violates", "ineffective",
    ]);

    /// <summary>Function words that never count as topic overlap.</summary>
    public static readonly WordTable<bool> Stop = WordTable.Of(
    [
        "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "is", "are", "be", "was", "were", "it", "its",
        "that", "this", "with", "as", "by", "at", "from", "should", "would", "will", "can", "has", "have", "had",
        "we", "they", "he", "she", "i", "you", "their", "his", "her", "our", "not", "no", "do", "does", "more",
        "all", "any", "there", "which", "who", "what", "than", "but", "if", "so", "about", "into",
    ]);

    // Every cue word with all its cues, so a statement's word costs one look-up, not one per list (the
    // statement–topic cues' reporting verbs, stance predicates and reversing words included).
    private static readonly Dictionary<string, Cues>.AlternateLookup<ReadOnlySpan<char>> CueTable = BuildCueTable();

    // By word length, the first letters of cue words of that length (a bit per letter): most words of a
    // sentence fail this test and skip the table's hashing, which every word of every statement paid.
    private static readonly uint[] CueShapes = BuildCueShapes();

    /// <summary>A negation word, or a contraction of one ("doesn't", "won't").</summary>
    public static bool IsNegation(ReadOnlySpan<char> word) => (CuesOf(word) & Cues.Negation) != 0;

    /// <summary>The lists a word is on; a contraction ending in "n't" counts as a negation.</summary>
    public static Cues CuesOf(ReadOnlySpan<char> word)
    {
        var cues = MayBeCue(word) && CueTable.TryGetValue(word, out var found) ? found : Cues.None;
        return word.EndsWith("n't", StringComparison.Ordinal) ? cues | Cues.Negation : cues;
    }

    private static bool MayBeCue(ReadOnlySpan<char> word) =>
        word.Length > 0 && word.Length < CueShapes.Length && (CueShapes[word.Length] & LetterBit(word[0])) != 0;

    // a–z get a bit each; every other first character shares bit 26.
    private static uint LetterBit(char c) => c is >= 'a' and <= 'z' ? 1u << (c - 'a') : 1u << 26;

    private static uint[] BuildCueShapes()
    {
        var words = CueTable.Dictionary.Keys;
        var shapes = new uint[words.Max(w => w.Length) + 1];
        foreach (var word in words)
        {
            shapes[word.Length] |= LetterBit(word[0]);
        }

        return shapes;
    }

    private static Dictionary<string, Cues>.AlternateLookup<ReadOnlySpan<char>> BuildCueTable()
    {
        var table = new Dictionary<string, Cues>(StringComparer.Ordinal);
        (WordTable<bool> Set, Cues Cue)[] lists =
        [
            (Negation, Cues.Negation), (Hedge, Cues.Hedge), (SupportCue, Cues.Support), (OpposeCue, Cues.Oppose),
            (EvaluativeLexicon.Positive, Cues.Praise), (EvaluativeLexicon.Negative, Cues.Condemnation),
            (StancePairCues.Reversing, Cues.Reversing), (StancePairCues.Reporting, Cues.Reporting), (StancePredicates.Verbs, Cues.Predicate),
        ];
        foreach (var (set, cue) in lists)
        {
            foreach (var word in set.Words)
            {
                table[word] = table.GetValueOrDefault(word) | cue;
            }
        }

        return table.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}

/// <summary>
/// The cue lists a word is on: <see cref="StanceLexicon"/>'s, <see cref="EvaluativeLexicon"/>'s, and the
/// word lists of <see cref="StancePairCues"/> and <see cref="StancePredicates"/>.
/// </summary>
[Flags]
internal enum Cues
{
    None = 0,
    Negation = 1,
    Hedge = 2,
    Support = 4,
    Oppose = 8,
    Praise = 16,
    Condemnation = 32,

    /// <summary>A topic word that turns a proposal against something (<see cref="StancePairCues.Reversing"/>).</summary>
    Reversing = 64,

    /// <summary>A verb that only reports speech (<see cref="StancePairCues.Reporting"/>).</summary>
    Reporting = 128,

    /// <summary>A stance predicate (<see cref="StancePredicates.Verbs"/>).</summary>
    Predicate = 256,
}
