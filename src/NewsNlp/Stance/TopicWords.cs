namespace NewsNlp.Stance;

/// <summary>
/// What statements are compared with in a topic: its content words, their crude stems and whether it is
/// negated. Computed once per topic, not once per statement (an article's statements share its topic).
/// </summary>
internal sealed class TopicWords
{
    /// <summary>No topic (portrayal): nothing to overlap with.</summary>
    public static readonly TopicWords None = new(string.Empty);

    public TopicWords(string topic)
    {
        var words = WordScanner.LowerWords(topic);
        Content = words.Where(w => !StanceLexicon.Stop.Contains(w)).ToHashSet(StringComparer.Ordinal);
        Stems = Content.Select(TextMarking.Stem).ToHashSet(StringComparer.Ordinal);
        Negated = words.Any(w => StanceLexicon.Negation.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal));
    }

    /// <summary>Lower-case words of the topic that are not function words.</summary>
    public HashSet<string> Content { get; }

    /// <summary><see cref="Content"/> with the plural "s" stripped, for matching "guarantee" with "guarantees".</summary>
    public HashSet<string> Stems { get; }

    public bool Negated { get; }
}
