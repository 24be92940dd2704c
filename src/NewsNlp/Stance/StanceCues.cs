namespace NewsNlp.Stance;

/// <summary>
/// Dense hand-made cues of a statement toward a topic: negation, hedging, support and oppose
/// predicates (also negated), and how much of the topic the statement repeats. They carry what
/// n-grams of a few thousand debate sentences cannot: the reporting verbs of news.
/// </summary>
internal static class StanceCues
{
    public const int Count = 11;

    // A cue word within this many words after a negation counts as negated ("did not welcome"); the
    // statement's negation-scope column reaches as far (StatementScan).
    public const int NegationReach = 3;

    /// <summary>Counts as 0..1 so one long statement does not outweigh the rest.</summary>
    internal static float Saturate(int count) => count / (count + 1f);

    /// <summary>
    /// The cues' running counts over a statement's words, fed one word at a time by the scan that reads
    /// them for other features too (<see cref="StatementScan"/>, <see cref="PortrayalCues"/>), so each word
    /// is looked up once.
    /// </summary>
    /// <param name="seen">One flag per topic content word, all false: which of them the statement repeats.</param>
    internal ref struct Counter(TopicWords topic, Span<bool> seen)
    {
        private readonly Span<bool> _seen = seen;
        private int _count, _negations, _hedges, _support, _oppose, _negatedSupport, _negatedOppose, _shared;
        private int _lastNegation = -100;

        /// <summary>The next word's cues, and the index of the topic content word it is (−1 if none).</summary>
        public void Add(Cues cues, int contentIndex)
        {
            var i = _count++;
            var negated = i - _lastNegation <= NegationReach;
            if ((cues & Cues.Negation) != 0)
            {
                _negations++;
                _lastNegation = i;
            }

            if ((cues & Cues.Hedge) != 0)
            {
                _hedges++;
            }

            if ((cues & Cues.Support) != 0)
            {
                (negated ? ref _negatedSupport : ref _support)++;
            }

            if ((cues & Cues.Oppose) != 0)
            {
                (negated ? ref _negatedOppose : ref _oppose)++;
            }

            // Distinct topic words the statement repeats.
            if (contentIndex >= 0 && !_seen[contentIndex])
            {
                _seen[contentIndex] = true;
                _shared++;
            }
        }

        public readonly void Write(ReadOnlySpan<char> statement, Span<float> into)
        {
            var contentCount = topic.ContentCount;
            into[0] = Saturate(_negations);
            into[1] = Saturate(_hedges);
            into[2] = Saturate(_support);
            into[3] = Saturate(_oppose);
            into[4] = Saturate(_negatedSupport);
            into[5] = Saturate(_negatedOppose);
            into[6] = contentCount == 0 ? 0f : (float)_shared / contentCount;
            into[7] = topic.Negated ? 1f : 0f;
            into[8] = _negations > 0 && _shared > 0 ? 1f : 0f;
            into[9] = statement.Contains('?') ? 1f : 0f;
            into[10] = MathF.Log(1 + _count) / 5f;
        }
    }
}
