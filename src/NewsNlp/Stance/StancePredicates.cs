using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// Verbs through which news reports that someone takes a side ("welcomed", "rejected", "pledged",
/// "expressed agreement", "called for"), and the words that may stand between subject and verb.
/// </summary>
internal static class StancePredicates
{
    public static readonly WordTable<bool> Verbs = WordTable.Of(
    [
        "welcomed", "welcomes", "rejected", "rejects", "pledged", "pledges", "expressed", "expresses", "opposed",
        "opposes", "called", "calls", "defended", "defends", "praised", "praises", "criticized", "criticised",
        "criticizes", "endorsed", "endorses", "backed", "backs", "urged", "urges", "agreed", "agrees", "refused",
        "refuses", "condemned", "condemns", "supported", "supports", "vowed", "vows", "dismissed", "dismisses",
        "denied", "denies", "hailed", "hails", "applauded", "accepted", "accepts", "approved", "approves", "blocked",
        "blocks", "resisted", "resists", "objected", "objects", "demanded", "demands", "tempered", "signaled",
        "signalled", "signals", "committed", "promised", "promises", "threatened", "threatens", "slammed",
        "embraced", "embraces", "favored", "favoured", "favors", "favours", "sought", "seeks", "pushed", "pushes",
        "advocated", "advocates", "agreed", "opened", "offered", "offers", "proposed", "proposes",
    ]);

    /// <summary>
    /// Verbs the pipeline also reads as predicates though the trained models' cue table does not list them
    /// (adding them there would change the features the shipped models were trained on): a vote states a
    /// side through its preposition ("voted against the budget").
    /// </summary>
    public static readonly WordTable<bool> Votes = WordTable.Of(["voted", "votes"]);

    /// <summary>
    /// Verbs of condemnation, read as predicates by the pipeline only (like <see cref="Votes"/>). They state
    /// no side of their own toward the topic: accusing the minister of lying opposes "the minister should
    /// stay" but supports "the minister lied", so the classifier reads the statement.
    /// </summary>
    public static readonly WordTable<bool> Condemning = WordTable.Of(["accused", "accuses", "blasted", "blasts"]);

    /// <summary>Predicates whose subject backs its object by saying them ("proposed the plan").</summary>
    public static readonly WordTable<bool> Backing = WordTable.Of(["proposed", "proposes"]);

    /// <summary>Auxiliaries and adverbs allowed between the subject and the verb ("has also signaled").</summary>
    public static readonly WordTable<bool> Between = WordTable.Of(
    [
        "has", "have", "had", "also", "is", "was", "were", "are", "would", "will", "did", "reportedly", "swiftly",
        "quickly", "again", "publicly", "strongly", "firmly", "already", "previously", "repeatedly", "then",
        "later", "once", "has", "not", "never", "both", "each",
    ]);

    /// <summary>How many words after the subject (or its appositive) the verb may come.</summary>
    public const int Reach = 3;
}
