using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// The side a stance predicate states outright: "welcomed", "agreed to", "pledged" support; "rejected",
/// "refused", "condemned" oppose; for a framing verb the first cue word after it decides ("expressed
/// its willingness", "signaled a willingness", "voiced concern"). The classifier, trained mostly on debate
/// text, is often unsure on such news sentences; the verb then sets the direction while the classifier
/// still decides how much the statement is on topic (its neutral share is kept).
/// </summary>
internal static class PredicateDirection
{
    // The verb and this many words after it are searched for the first cue word.
    private const int CueReach = 4;

    // How many times likelier the stated side becomes against the other.
    private const double StatedSideOdds = 4.0;

    /// <summary>+1 support, −1 oppose, 0 none or negated ("did not welcome" is no clear side).</summary>
    public static int Of(ReadOnlySpan<char> text, TextSpan statement)
    {
        if (IsNegated(text, statement.Start))
        {
            return 0;
        }

        var words = 0;
        var vote = false;
        foreach (var word in new FoldedWords(text.Slice(statement.Start, statement.Length), stackalloc char[FoldedWords.BufferLength]))
        {
            if (words++ > CueReach)
            {
                break;
            }

            if (words == 1)
            {
                if (StancePredicates.Backing.Contains(word))
                {
                    return 1; // "proposed the plan": the proposer is for it
                }

                vote = StancePredicates.Votes.Contains(word);
            }

            // "voted against the budget", "voted for the lanes"; "voted to approve …" reads on.
            if (vote && words == 2 && word is "against" or "for")
            {
                return word is "for" ? 1 : -1;
            }

            if (StanceLexicon.SupportCue.Contains(word))
            {
                return 1;
            }

            if (StanceLexicon.OpposeCue.Contains(word))
            {
                return -1;
            }

            if (StanceLexicon.Negation.Contains(word))
            {
                return 0; // "expressed no support": no clear side
            }
        }

        return 0;
    }

    /// <summary>The probabilities with the support/oppose mass shifted toward <paramref name="direction"/>; neutral unchanged.</summary>
    public static StanceProbabilities Apply(StanceProbabilities p, int direction)
    {
        if (direction == 0)
        {
            return p;
        }

        var support = direction > 0 ? p.Support * StatedSideOdds : p.Support;
        var oppose = direction < 0 ? p.Oppose * StatedSideOdds : p.Oppose;
        var polar = p.Support + p.Oppose;
        return support + oppose <= 0 ? p : new StanceProbabilities(polar * support / (support + oppose), polar * oppose / (support + oppose), p.Neutral);
    }

    // The word right before the verb is a negation ("has not welcomed", "never agreed").
    private static bool IsNegated(ReadOnlySpan<char> text, int verbStart)
    {
        var end = verbStart;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '\u2019'))
        {
            start--;
        }

        if (start == end)
        {
            return false;
        }

        return StanceLexicon.IsNegation(WordScanner.Fold(text[start..end], stackalloc char[FoldedWords.BufferLength]));
    }
}
