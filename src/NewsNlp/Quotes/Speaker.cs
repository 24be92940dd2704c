using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// Who said it: an entity, a group named by a description (entity -1), or an unresolved pronoun (entity
/// -1, no name), with how sure we are.
/// </summary>
internal readonly record struct Speaker(int EntityId, string Name, TextSpan Span, double Certainty, bool IsGroup = false);

/// <summary>A quote's speaker phrase and reporting word before the speaker is resolved.</summary>
internal readonly record struct Attribution(TokenRange Phrase, int Cue, string CueLemma, double Certainty)
{
    public static Attribution None => new(TokenRange.Empty, -1, string.Empty, 0);

    public bool Found => !Phrase.IsEmpty;
}
