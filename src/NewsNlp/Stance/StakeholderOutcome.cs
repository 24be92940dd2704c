using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>Why a labelled stakeholder got no stance row from the pipeline, from the earliest stage that lost it.</summary>
public enum MissingReason
{
    /// <summary>It got a row.</summary>
    None,

    /// <summary>No word of its name is in the text: the label names someone the sentences call "she" or "the spokesman".</summary>
    NotNamedInText,

    /// <summary>Its name is in the text, but no entity carries it (recognition or linking missed it, or it is a group).</summary>
    NotRecognised,

    /// <summary>A quote in its sentences was found but given no speaker entity.</summary>
    SpeakerNotAttributed,

    /// <summary>The quotes in its sentences were all given to other speakers.</summary>
    QuoteGivenToOther,

    /// <summary>Its entity exists but no quote or stance predicate of its sentences was collected.</summary>
    NoStatementCollected,
}

/// <summary>One labelled stakeholder of an article and what the pipeline made of it: the row's label, how its name was matched, or why it has none.</summary>
public sealed record StakeholderOutcome(
    string Group,
    string Stakeholder,
    string Gold,
    string? Predicted,
    string? Entity,
    NameMatchKind? Match,
    MissingReason Reason,
    string Speakers)
{
    /// <summary>The reason a stakeholder without a row has none, read off the analysed article.</summary>
    internal static MissingReason Diagnose(Article article, IReadOnlyList<Entity> entities, string stakeholder, IEnumerable<string> statements)
    {
        var quotes = QuotesIn(article, statements);
        if (quotes.Any(q => q.SpeakerEntityId < 0))
        {
            return MissingReason.SpeakerNotAttributed;
        }

        if (entities.Count == 0)
        {
            return NamedInText(article.Clean, stakeholder) ? MissingReason.NotRecognised : MissingReason.NotNamedInText;
        }

        return quotes.Count > 0 ? MissingReason.QuoteGivenToOther : MissingReason.NoStatementCollected;
    }

    /// <summary>The speakers the pipeline gave the quotes of a stakeholder's sentences, for reading the outcome: "Ben Moss; (none)".</summary>
    internal static string SpeakersOf(Article article, IEnumerable<string> statements) =>
        string.Join("; ", QuotesIn(article, statements)
            .Select(q => article.Entities.FirstOrDefault(e => e.Id == q.SpeakerEntityId)?.Name ?? $"(none: {q.SpeakerName})")
            .Distinct(StringComparer.Ordinal));

    // The quotes whose content lies in one of the stakeholder's labelled sentences.
    private static List<Quote> QuotesIn(Article article, IEnumerable<string> statements)
    {
        var spans = statements
            .Select(s => (Start: article.Clean.IndexOf(s, StringComparison.Ordinal), s.Length))
            .Where(s => s.Start >= 0)
            .Select(s => new TextSpan(s.Start, s.Start + s.Length))
            .ToArray();
        return article.Quotes.Where(q => spans.Any(s => s.Start <= q.Content.Start && q.Content.End <= s.End)).ToList();
    }

    // Any name word (or the whole name, for a lower-case group) occurs in the text.
    private static bool NamedInText(string text, string stakeholder)
    {
        var words = stakeholder.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Possessive.Strip(w).ToString())
            .Where(w => w.Length > 2 && char.IsUpper(w[0]))
            .ToArray();
        return words.Length == 0
            ? text.Contains(stakeholder.Trim(), StringComparison.OrdinalIgnoreCase)
            : words.Any(w => text.Contains(w, StringComparison.Ordinal));
    }
}
