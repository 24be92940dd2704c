using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>Where a statement of a stakeholder comes from; it sets how much the statement counts.</summary>
public enum StatementSource
{
    DirectQuote,
    PartialQuote,
    IndirectQuote,

    /// <summary>A sentence where the stakeholder is the subject of a stance-bearing predicate ("X welcomed …").</summary>
    Predicate,
}

/// <summary>One piece of evidence for a stakeholder's stance: a span of the cleaned text.</summary>
public readonly record struct Statement(int EntityId, TextSpan Span, StatementSource Source, int QuoteId, double Weight);
