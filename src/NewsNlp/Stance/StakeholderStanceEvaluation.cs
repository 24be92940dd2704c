using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance.Corpora;
using NewsNlp.Training;

namespace NewsNlp.Stance;

/// <summary>
/// Scores the whole pipeline's stance rows, not single statements: each article of the news set becomes
/// one article (title = its topic, text = its statements in order), runs through the given stages, and
/// each labelled stakeholder's row is compared with the label most of its statements carry. This
/// measures what the statement-level score cannot: which statements are gathered (quote spans,
/// predicates), how they are combined, and which stakeholders get no row at all.
/// </summary>
public static class StakeholderStanceEvaluation
{
    // Capitalised words that name no one: "The council" and "The engineers" are different stakeholders.
    private static readonly HashSet<string> TitleWords = new(["The", "Mrs", "Sen", "Rep", "Gov", "President", "Mayor"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Labels = [StanceLabels.Support, StanceLabels.Oppose, StanceLabels.Neutral];

    /// <summary>
    /// The report over stakeholders that got a row, how many labelled stakeholders got none or were tied, and
    /// each labelled stakeholder's outcome (how its name was matched, or why it has no row).
    /// </summary>
    public sealed record Result(ClassificationReport Found, int Stakeholders, int Missing, int Tied, IReadOnlyList<StakeholderOutcome> Outcomes);

    public static Result Run(IReadOnlyList<IStage> stages, IReadOnlyList<StancePair> pairs, CancellationToken cancellationToken = default)
    {
        var gold = new List<string>();
        var predicted = new List<string>();
        var outcomes = new List<StakeholderOutcome>();
        int stakeholders = 0, missing = 0, tied = 0;
        foreach (var group in pairs.GroupBy(p => p.Group, StringComparer.Ordinal))
        {
            var article = ArticleOf(group.Key, group.ToArray());
            foreach (var stage in stages)
            {
                stage.Process(article, cancellationToken);
            }

            foreach (var stakeholder in group.Where(p => p.Stakeholder != null).GroupBy(p => p.Stakeholder!, StringComparer.Ordinal))
            {
                stakeholders++;
                if (MajorityLabel(stakeholder.Select(p => p.Label)) is not { } label)
                {
                    tied++;
                    continue;
                }

                var outcome = OutcomeOf(article, group.Key, stakeholder.Key, label, stakeholder.Select(p => p.Statement).ToArray());
                outcomes.Add(outcome);
                if (outcome.Predicted is not { } prediction)
                {
                    missing++;
                    continue;
                }

                gold.Add(label);
                predicted.Add(prediction);
            }
        }

        return new Result(ClassificationReport.Compute(Labels, gold, predicted), stakeholders, missing, tied, outcomes);
    }

    // The row of the entity the labelled name stands for, by the surest kind of name match that has one (of
    // several entities, the one with the most evidence), or why there is none.
    private static StakeholderOutcome OutcomeOf(Article article, string group, string stakeholder, string label, IReadOnlyList<string> statements)
    {
        var speakers = StakeholderOutcome.SpeakersOf(article, statements);
        var candidates = StakeholderNameMatch.Candidates(article, stakeholder).ToArray();
        foreach (var (entities, kind) in candidates)
        {
            var row = article.Stances.Where(s => entities.Any(e => e.Id == s.EntityId)).OrderByDescending(s => s.EvidenceCount).FirstOrDefault();
            if (row != null)
            {
                var entity = entities.First(e => e.Id == row.EntityId);
                return new StakeholderOutcome(group, stakeholder, label, LabelName(row.Stance), entity.Name, kind, MissingReason.None, speakers);
            }
        }

        var all = candidates.SelectMany(c => c.Entities).ToArray();
        return new StakeholderOutcome(group, stakeholder, label, null, all.FirstOrDefault()?.Name, candidates.Length > 0 ? candidates[0].Kind : null,
            StakeholderOutcome.Diagnose(article, all, stakeholder, statements), speakers);
    }

    /// <summary>One article per news-set article: the topic as title, the distinct statements as text.</summary>
    internal static Article ArticleOf(string id, IReadOnlyList<StancePair> rows)
    {
        var text = string.Join(' ', rows.Select(r => r.Statement).Distinct(StringComparer.Ordinal));
        return new Article(id, id, "0", text) { Title = rows[0].Topic };
    }

    /// <summary>The label most statements carry; null on a tie, which says nothing about the stakeholder.</summary>
    internal static string? MajorityLabel(IEnumerable<string> labels)
    {
        var counts = labels.GroupBy(l => l, StringComparer.Ordinal).Select(g => (Label: g.Key, Count: g.Count())).OrderByDescending(c => c.Count).ToArray();
        return counts.Length == 0 || (counts.Length > 1 && counts[0].Count == counts[1].Count) ? null : counts[0].Label;
    }

    /// <summary>
    /// Two names of one stakeholder share a capitalised word of three or more letters ("Kerry", "John
    /// Kerry"); a name without one ("researchers") must match whole, ignoring case.
    /// </summary>
    internal static bool ShareANameWord(string a, string b)
    {
        var wordsOfA = NameWords(a);
        var wordsOfB = NameWords(b);
        return wordsOfA.Count > 0 && wordsOfB.Count > 0
            ? wordsOfA.Overlaps(wordsOfB)
            : string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static HashSet<string> NameWords(string name) =>
        name.Split([' ', '-', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Possessive.Strip(w).ToString())
            .Where(w => w.Length > 2 && char.IsUpper(w[0]) && !TitleWords.Contains(w))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string LabelName(StanceLabel label) => label switch
    {
        StanceLabel.Support => StanceLabels.Support,
        StanceLabel.Oppose => StanceLabels.Oppose,
        _ => StanceLabels.Neutral,
    };
}
