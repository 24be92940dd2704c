using NewsNlp.Documents;

namespace NewsNlp.Repair.Evaluation;

/// <summary>Recall per damage kind, overall precision, and false edits on clean text.</summary>
public sealed class RepairScores
{
    public Dictionary<DamageKind, (int Injected, int Repaired)> Recall { get; } = new()
    {
        [DamageKind.Casing] = (0, 0),
        [DamageKind.Spacing] = (0, 0),
        [DamageKind.Typo] = (0, 0),
    };

    /// <summary>Tokens that were not damaged but came out different.</summary>
    public int FalseChanges { get; set; }

    /// <summary>
    /// Undamaged tokens the stage removes from the undamaged text too (boilerplate and duplicate lines):
    /// not changes caused by the damage, so left out of <see cref="FalseChanges"/>; those removals are
    /// counted once, among the false edits on clean text.
    /// </summary>
    public int RemovedFromBothCopies { get; set; }

    public int Tokens { get; set; }

    /// <summary>Edits the stage made on the undamaged text (every one is false).</summary>
    public int CleanTextEdits { get; set; }

    public Dictionary<string, int> CleanTextEditsByRule { get; } = new(StringComparer.Ordinal);

    /// <summary>A few false edits (with context), misses and false changes, for looking at what goes wrong.</summary>
    public List<string> Examples { get; } = [];

    private readonly Dictionary<string, int> _examplesPerCategory = new(StringComparer.Ordinal);

    /// <summary>Keeps an example unless its category (a rule, or a kind of miss) already has enough, so rare rules still show.</summary>
    public void AddExample(string category, string example)
    {
        var seen = _examplesPerCategory.GetValueOrDefault(category);
        if (seen < MaxExamplesPerCategory)
        {
            Examples.Add($"{category}: {example}");
        }

        _examplesPerCategory[category] = seen + 1;
    }

    private const int MaxExamplesPerCategory = 150;

    public double RecallOf(DamageKind kind) => Recall[kind].Injected == 0 ? 0 : (double)Recall[kind].Repaired / Recall[kind].Injected;

    public double Precision
    {
        get
        {
            var repaired = Recall.Values.Sum(v => v.Repaired);
            return repaired + FalseChanges == 0 ? 0 : (double)repaired / (repaired + FalseChanges);
        }
    }

    /// <summary>Precision with <see cref="RemovedFromBothCopies"/> counted as false changes (the stricter reading).</summary>
    public double PrecisionCountingRemovals
    {
        get
        {
            var repaired = Recall.Values.Sum(v => v.Repaired);
            var wrong = FalseChanges + RemovedFromBothCopies;
            return repaired + wrong == 0 ? 0 : (double)repaired / (repaired + wrong);
        }
    }

    public double FalseEditsPer2000Tokens => Tokens == 0 ? 0 : CleanTextEdits * 2000.0 / Tokens;
}

/// <summary>
/// `newsnlp eval repair`: damages held-out clean text with <see cref="NoiseInjector"/>, repairs it with the
/// repair stage, and aligns the result with the original token by token. A casing or typo damage counts
/// as repaired when its token comes back exactly; a deleted space when both tokens come back, apart.
/// Separately, the clean text itself goes through the stage: every edit there is a false edit.
/// </summary>
public static class RepairEvaluation
{
    public static void Score(string clean, RepairStage stage, NoiseInjector injector, RepairScores scores)
    {
        var original = Tokens(clean);
        scores.Tokens += original.Count;

        var cleanLog = stage.Repair(clean, english: true);
        var cleanRun = cleanLog.ToEdits();
        var keptInClean = TokenAlignment.Align(original, Tokens(cleanLog.Current));
        scores.CleanTextEdits += cleanRun.Count;
        foreach (var e in cleanRun)
        {
            var key = $"{e.Kind.ToString().ToLowerInvariant()}/{e.Rule}";
            scores.CleanTextEditsByRule[key] = scores.CleanTextEditsByRule.GetValueOrDefault(key) + 1;
            scores.AddExample(key, $"[{e.Before}] → [{e.After}]  …{Context(clean, e.Source.Start, e.Source.End)}…");
        }

        var (noisy, damages) = injector.Inject(clean);
        var repairedText = stage.Repair(noisy, english: true).Current;
        var repaired = Tokens(repairedText);
        var repairedRanges = WhitespaceTokens.Split(repairedText);
        var aligned = TokenAlignment.Align(original, repaired);
        bool Exact(int t) => aligned[t] >= 0 && repaired[aligned[t]] == original[t];

        var touched = new bool[original.Count];
        foreach (var d in damages)
        {
            touched[d.Token] = true;
            var ok = d.Kind == DamageKind.Spacing
                ? d.Token + 1 < original.Count && aligned[d.Token] >= 0 && aligned[d.Token + 1] == aligned[d.Token] + 1
                : Exact(d.Token);
            if (d.Kind == DamageKind.Spacing && d.Token + 1 < original.Count)
            {
                touched[d.Token + 1] = true;
            }

            if (!ok)
            {
                var next = d.Token + 1 < original.Count ? original[d.Token + 1] : string.Empty;
                var got = aligned[d.Token] >= 0 ? repaired[aligned[d.Token]] : "?";
                scores.AddExample($"missed {d.Kind}", $"{original[d.Token]} {next} → {got}  …{RepairedContext(NearestAligned(d.Token))}…");
            }

            var (injected, fixedCount) = scores.Recall[d.Kind];
            scores.Recall[d.Kind] = (injected + 1, fixedCount + (ok ? 1 : 0));
        }

        for (var t = 0; t < original.Count; t++)
        {
            if (!touched[t] && !Exact(t))
            {
                if (aligned[t] < 0 && keptInClean[t] < 0)
                {
                    scores.RemovedFromBothCopies++;
                    continue;
                }

                scores.FalseChanges++;
                scores.AddExample("false change", $"{original[t]} → {(aligned[t] >= 0 ? repaired[aligned[t]] : "?")}  …{RepairedContext(aligned[t])}…");
            }
        }

        // The token's partner in the repaired text, or when it has none (a space left missing joins two
        // tokens) the partner of the nearest token before it, so the example still shows where it was.
        int NearestAligned(int token)
        {
            while (token > 0 && aligned[token] < 0)
            {
                token--;
            }

            return aligned[token];
        }

        string RepairedContext(int token)
            => token < 0 ? string.Empty : Context(repairedText, repairedRanges[token].Start, repairedRanges[token].End);
    }

    private static string Context(string text, int start, int end)
        => text[Math.Max(0, start - 30)..Math.Min(text.Length, end + 30)].ReplaceLineEndings(" ");

    private static List<string> Tokens(string text) => WhitespaceTokens.Split(text).Select(r => text[r.Start..r.End]).ToList();
}
