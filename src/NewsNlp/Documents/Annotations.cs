namespace NewsNlp.Documents;

/// <summary>Universal part-of-speech tags (UD v2). <see cref="X"/> is also "not tagged yet".</summary>
public enum Upos : byte
{
    X,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
}

/// <summary>A token: a span of the cleaned text with its tag. A struct so a document's tokens sit in one array.</summary>
public struct Token
{
    public Token(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public Upos Pos { get; set; }

    public readonly TextSpan Span => new(Start, End);

    public readonly int Length => End - Start;
}

/// <summary>A sentence: a span of the cleaned text and the range of its tokens.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);

    public int EndToken => FirstToken + TokenCount;
}

/// <summary>The layout role of a block of cleaned text, as the repair stage recognised it.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableRow,
    Question,
    Answer,
}

/// <summary>A block (paragraph, heading, list item…) of the cleaned text.</summary>
public readonly record struct Block(BlockKind Kind, int Start, int End)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A table recovered from the text (e.g. a markdown table); cells are plain strings.</summary>
public sealed record Table(int Start, int End, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind
{
    Name,
    Alias,
    Pronoun,
    Nominal,
}

/// <summary>Entity types; PERSON, ORG, GPE, LOC, NORP and DATE are the schema's, more may follow.</summary>
public static class EntityTypes
{
    public const string Person = "PERSON";
    public const string Org = "ORG";
    public const string Gpe = "GPE";
    public const string Loc = "LOC";
    public const string Norp = "NORP";
    public const string Date = "DATE";
}

/// <summary>A stretch of cleaned text that names or refers to an entity.</summary>
public sealed class Mention
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Type { get; init; }

    public MentionKind Kind { get; set; } = MentionKind.Name;

    /// <summary>The entity this mention was merged into; -1 while unlinked.</summary>
    public int EntityId { get; set; } = -1;

    /// <summary>Index of the sentence holding the mention; -1 when sentences are not known.</summary>
    public int Sentence { get; set; } = -1;

    /// <summary>Recognisers' confidence in the span and type, 0..1.</summary>
    public double Confidence { get; set; } = 1.0;

    public TextSpan Span => new(Start, End);
}

/// <summary>A stakeholder: mentions of one person, organisation or place merged into one.</summary>
public sealed class Entity
{
    public required int Id { get; init; }

    public required string Name { get; set; }

    public required string Type { get; set; }

    /// <summary>Titles and roles, e.g. "Secretary of State"; empty when none was found.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>A normalised key joining the same stakeholder across articles, e.g. person:marco-rubio.</summary>
    public string KbKey { get; set; } = string.Empty;

    public int Mentions { get; set; }

    public int FirstStart { get; set; }
}

/// <summary>Kinds of reported speech.</summary>
public enum QuoteKind
{
    Direct,
    Partial,
    Indirect,
    Mixed,
}

/// <summary>What someone said: the quote's content as a span, and who said it.</summary>
public sealed class Quote
{
    public required int Id { get; init; }

    public required QuoteKind Kind { get; init; }

    /// <summary>The content only, without the quote marks or the attribution.</summary>
    public required TextSpan Content { get; init; }

    /// <summary>The speaker entity, or -1 when the speaker is a group or unresolved.</summary>
    public int SpeakerEntityId { get; set; } = -1;

    /// <summary>The words in the text that name the speaker (a name, pronoun or description).</summary>
    public TextSpan? SpeakerSpan { get; set; }

    /// <summary>The resolved speaker's name, or the group description when there is no entity.</summary>
    public string SpeakerName { get; set; } = string.Empty;

    /// <summary>The reporting word ("said"), as a span, and its lemma ("say").</summary>
    public TextSpan? Cue { get; set; }

    public string CueLemma { get; set; } = string.Empty;

    public int Sentence { get; set; } = -1;

    public double Confidence { get; set; }
}

/// <summary>Stance labels.</summary>
public enum StanceLabel
{
    Support,
    Oppose,
    Neutral,
}

/// <summary>Portrayal labels: how the article's own sentences treat a stakeholder.</summary>
public enum PortrayalLabel
{
    Positive,
    Neutral,
    Negative,
}

/// <summary>A stakeholder's stance toward the article's issue, with the evidence.</summary>
public sealed class StakeholderStance
{
    public required int EntityId { get; init; }

    public required string Target { get; init; }

    public required StanceLabel Stance { get; init; }

    public double Confidence { get; init; }

    public double PSupport { get; init; }

    public double POppose { get; init; }

    public double PNeutral { get; init; }

    public PortrayalLabel? Portrayal { get; init; }

    public double? PortrayalConfidence { get; init; }

    public IReadOnlyList<int> EvidenceQuoteIds { get; init; } = [];

    /// <summary>Number of statements (quotes and stance-bearing sentences) behind the stance.</summary>
    public int EvidenceCount { get; init; }

    /// <summary>The strongest statement, as a span of the cleaned text.</summary>
    public TextSpan? EvidenceSpan { get; init; }

    /// <summary>Model name and version, e.g. "stance-fast@1.0.0".</summary>
    public required string Model { get; init; }
}
