using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// What statements are compared with in a topic: its content words, their crude stems and whether it is
/// negated. Computed once per topic, not once per statement (an article's statements share its topic).
/// </summary>
internal sealed class TopicWords
{
    private const int InitialCapacity = 16;

    /// <summary>No topic (portrayal): nothing to overlap with.</summary>
    public static readonly TopicWords None = new(string.Empty);

    public TopicWords(string topic)
    {
        // Sized for a headline's words up front: growing it cost more than the rest of the topic's set-up.
        var content = new Dictionary<string, int>(InitialCapacity, StringComparer.Ordinal);
        var reversing = false;
        foreach (var word in new FoldedWords(topic, stackalloc char[FoldedWords.BufferLength]))
        {
            Negated |= StanceLexicon.IsNegation(word);
            reversing |= StancePairCues.IsReversing(word);
            if (!StanceLexicon.Stop.Contains(word) && !content.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word))
            {
                content.Add(word.ToString(), content.Count);
            }
        }

        Content = content.GetAlternateLookup<ReadOnlySpan<char>>();
        Stems = WordTable.Of(content.Keys.Select(TextMarking.Stem));
        Reversed = reversing != Negated;
    }

    /// <summary>Lower-case words of the topic that are not function words, each with its own index (0, 1, …) for marking which a statement repeats.</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Content { get; }

    /// <summary><see cref="Content"/> with the plural "s" stripped, for matching "guarantee" with "guarantees".</summary>
    public WordTable<bool> Stems { get; }

    public bool Negated { get; }

    /// <summary>
    /// The topic proposes against something ("… should be repealed", "ban …"), or is negated, but not both:
    /// then a statement's approving words oppose what the topic names (stance features only).
    /// </summary>
    public bool Reversed { get; }
}
