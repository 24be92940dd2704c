namespace NewsNlp.Quotes.Evaluation;

/// <summary>
/// Scores predicted quotes against gold quotes the way the Gender Gap Tracker does (data/quotes/README.md):
/// a prediction matches a gold quote when it covers at least a share of the gold quote's word tokens;
/// pairs are taken one-to-one in order of decreasing coverage. Speakers are compared loosely (case,
/// apostrophes, a leading "the", containment, a person's last name).
/// </summary>
public static class QuoteScorer
{
    public const double Lenient = 0.3;
    public const double Strict = 0.8;

    /// <summary>A mismatch worth reading: a missed gold quote, a spurious prediction or a wrong speaker.</summary>
    public readonly record struct Error(string Kind, int Start, int End, string Detail);

    /// <summary>Adds one document's counts to <paramref name="scores"/>; returns its errors (at 30 %).</summary>
    public static List<Error> Add(QuoteScores scores, string raw, IReadOnlyList<LocatedGold> gold, IReadOnlyList<PredictedQuote> predicted)
    {
        var tokens = gold.Select(g => WordTokens(raw, g.Start, g.End)).ToArray();
        var lenient = Match(gold, tokens, predicted, Lenient);
        var strict = Match(gold, tokens, predicted, Strict);
        Count(scores.All30, scores.Direct30, scores.Indirect30, gold, predicted, lenient);
        Count(scores.All80, scores.Direct80, scores.Indirect80, gold, predicted, strict);

        var errors = new List<Error>();
        var matchedPredictions = new HashSet<int>(lenient.Values);
        for (var g = 0; g < gold.Count; g++)
        {
            var quote = gold[g].Quote;
            var kind = scores.RecallByKind.GetValueOrDefault(quote.Kind);
            scores.RecallByKind[quote.Kind] = (kind.Gold + 1, kind.Matched + (lenient.ContainsKey(g) ? 1 : 0));
            if (!lenient.TryGetValue(g, out var p))
            {
                errors.Add(new Error("missed", gold[g].Start, gold[g].End, $"{quote.Kind} by {quote.Speaker} ({quote.Cue})"));
                continue;
            }

            // An empty gold speaker means the excerpt does not name one ("he said" in a lone sentence): not scored.
            if (quote.Speaker.Length == 0)
            {
                continue;
            }

            scores.SpeakerPairs++;
            if (SameSpeaker(predicted[p].Speaker, quote.Speaker, quote.SpeakerType == "person"))
            {
                scores.SpeakerRight++;
            }
            else
            {
                errors.Add(new Error("speaker", gold[g].Start, gold[g].End, $"predicted '{predicted[p].Speaker}', gold '{quote.Speaker}'"));
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!matchedPredictions.Contains(p))
            {
                errors.Add(new Error("spurious", predicted[p].Start, predicted[p].End, $"by '{predicted[p].Speaker}'"));
            }
        }

        return errors;
    }

    /// <summary>Word tokens (runs of letters or digits) of a span, as start offsets and ends.</summary>
    internal static List<(int Start, int End)> WordTokens(string raw, int start, int end)
    {
        var tokens = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(raw[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < end && char.IsLetterOrDigit(raw[i]))
            {
                i++;
            }

            tokens.Add((s, i));
        }

        return tokens;
    }

    /// <summary>One-to-one matching: gold index → prediction index, best coverage first.</summary>
    private static Dictionary<int, int> Match(IReadOnlyList<LocatedGold> gold, List<(int Start, int End)>[] tokens, IReadOnlyList<PredictedQuote> predicted, double threshold)
    {
        var pairs = new List<(double Coverage, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var coverage = Coverage(tokens[g], predicted[p]);
                if (coverage >= threshold)
                {
                    pairs.Add((coverage, g, p));
                }
            }
        }

        var result = new Dictionary<int, int>();
        var used = new HashSet<int>();
        foreach (var (_, g, p) in pairs.OrderByDescending(x => x.Coverage).ThenBy(x => x.Gold).ThenBy(x => x.Predicted))
        {
            if (!result.ContainsKey(g) && used.Add(p))
            {
                result[g] = p;
            }
        }

        return result;
    }

    private static double Coverage(List<(int Start, int End)> tokens, PredictedQuote predicted)
    {
        if (tokens.Count == 0)
        {
            return 0;
        }

        var covered = tokens.Count(t => t.Start >= predicted.Start && t.End <= predicted.End);
        return (double)covered / tokens.Count;
    }

    private static void Count(MatchCounts all, MatchCounts direct, MatchCounts indirect, IReadOnlyList<LocatedGold> gold, IReadOnlyList<PredictedQuote> predicted, Dictionary<int, int> matches)
    {
        var matchedPredictions = new HashSet<int>(matches.Values);
        for (var g = 0; g < gold.Count; g++)
        {
            var group = gold[g].Quote.IsDirect ? direct : indirect;
            all.Gold++;
            group.Gold++;
            if (matches.ContainsKey(g))
            {
                all.MatchedGold++;
                group.MatchedGold++;
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            var group = predicted[p].IsDirect ? direct : indirect;
            all.Predicted++;
            group.Predicted++;
            if (matchedPredictions.Contains(p))
            {
                all.MatchedPredicted++;
                group.MatchedPredicted++;
            }
        }
    }

    /// <summary>Speaker agreement as data/quotes/README.md defines it.</summary>
    public static bool SameSpeaker(string predicted, string gold, bool isPerson)
    {
        var a = Normalise(predicted);
        var b = Normalise(gold);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a == b || a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
        {
            return true;
        }

        return isPerson && LastWord(a) == LastWord(b);
    }

    private static string Normalise(string name)
    {
        var s = name.Trim().ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    private static string LastWord(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
}
