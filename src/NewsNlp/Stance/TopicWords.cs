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
        Content = words.Where(w => !StanceLexicon.Stop.Contains(w)).Distinct(StringComparer.Ordinal)
            .Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Stems = new WordSet(Content.Dictionary.Keys.Select(TextMarking.Stem));
        Negated = words.Any(w => StanceLexicon.IsNegation(w));
    }

    /// <summary>Lower-case words of the topic that are not function words, each with its own index (0, 1, …) for marking which a statement repeats.</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Content { get; }

    /// <summary><see cref="Content"/> with the plural "s" stripped, for matching "guarantee" with "guarantees".</summary>
    public WordSet Stems { get; }

    public bool Negated { get; }
}
