namespace NewsNlp.Stance;

/// <summary>
/// Dense hand-made cues of a statement toward a topic: negation, hedging, support and oppose
/// predicates (also negated), and how much of the topic the statement repeats. They carry what
/// n-grams of a few thousand debate sentences cannot: the reporting verbs of news.
/// </summary>
internal static class StanceCues
{
    public const int Count = 11;

    // A cue word within this many words after a negation counts as negated ("did not welcome").
    private const int NegationReach = 3;

    public static void Write(TopicWords topic, ReadOnlySpan<char> statement, Span<float> into)
    {
        int count = 0, negations = 0, hedges = 0, support = 0, oppose = 0, negatedSupport = 0, negatedOppose = 0, shared = 0;
        var content = topic.Content;
        var contentCount = content.Dictionary.Count;
        Span<bool> seen = contentCount <= 256 ? stackalloc bool[contentCount] : new bool[contentCount];
        var lastNegation = -100;
        foreach (var w in new FoldedWords(statement, stackalloc char[FoldedWords.BufferLength]))
        {
            var i = count++;
            var negated = i - lastNegation <= NegationReach;
            var cues = StanceLexicon.CuesOf(w);
            if ((cues & Cues.Negation) != 0)
            {
                negations++;
                lastNegation = i;
            }

            if ((cues & Cues.Hedge) != 0)
            {
                hedges++;
            }

            if ((cues & Cues.Support) != 0)
            {
                if (negated)
                {
                    negatedSupport++;
                }
                else
                {
                    support++;
                }
            }

            if ((cues & Cues.Oppose) != 0)
            {
                if (negated)
                {
                    negatedOppose++;
                }
                else
                {
                    oppose++;
                }
            }

            // Distinct topic words the statement repeats.
            if (contentCount > 0 && content.TryGetValue(w, out var index) && !seen[index])
            {
                seen[index] = true;
                shared++;
            }
        }

        into[0] = Saturate(negations);
        into[1] = Saturate(hedges);
        into[2] = Saturate(support);
        into[3] = Saturate(oppose);
        into[4] = Saturate(negatedSupport);
        into[5] = Saturate(negatedOppose);
        into[6] = contentCount == 0 ? 0f : (float)shared / contentCount;
        into[7] = topic.Negated ? 1f : 0f;
        into[8] = negations > 0 && shared > 0 ? 1f : 0f;
        into[9] = statement.Contains('?') ? 1f : 0f;
        into[10] = MathF.Log(1 + count) / 5f;
    }

    /// <summary>Counts as 0..1 so one long statement does not outweigh the rest.</summary>
    internal static float Saturate(int count) => count / (count + 1f);
}
