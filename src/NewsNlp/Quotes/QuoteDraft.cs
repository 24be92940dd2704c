using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>A quote found by a pattern, before its speaker phrase is resolved (resolution runs in text order).</summary>
internal sealed class QuoteDraft
{
    public required QuoteKind Kind { get; set; }

    public required TextSpan Content { get; init; }

    public required Attribution Attribution { get; set; }

    /// <summary>Groups the pieces of a quotation spanning paragraphs; -1 for indirect speech.</summary>
    public int Run { get; init; } = -1;

    /// <summary>
    /// Kept only with an attribution of its own: between single marks (mostly scare quotes), or left
    /// unclosed by its paragraph (a stray mark, unless a speaker introduces it).
    /// </summary>
    public bool NeedsOwnAttribution { get; init; }

    /// <summary>A quotation its paragraph ended before a closing mark.</summary>
    public bool Unclosed { get; init; }

    public Speaker? Speaker { get; set; }
}
