namespace NewsNlp.Stance;

/// <summary>
/// One pass over a statement's words for everything the stance featurizer reads from them: each word is
/// folded once, looked up once in the cue table (<see cref="StanceLexicon.CuesOf"/>, whose entry carries
/// every list the word is on) and once in the topic's word forms (<see cref="TopicWords.Match"/>), and that
/// feeds the <see cref="StanceCues"/>, the <see cref="StancePairCues"/>, the text with topic words marked
/// and the negation scope. Four scans with up to six look-ups per word had made the featurizer a quarter of
/// the stance stage's time.
/// </summary>
internal static class StatementScan
{
    /// <summary>
    /// Writes the statement's <see cref="StanceCues"/> into <paramref name="cues"/> and its
    /// <see cref="StancePairCues"/> into <paramref name="pairCues"/>, its words with every word repeating the
    /// topic replaced by <see cref="TextMarking.TopicToken"/> into <paramref name="text"/> (the featurizer's text
    /// column), and the words a negation governs (up to <see cref="StanceCues.NegationReach"/> after "not",
    /// "never", "n't" …), each prefixed "neg_", after a constant word so the column's vocabulary is never empty,
    /// into <paramref name="scope"/> (its context column). Both buffers are cleared first.
    /// </summary>
    public static void Run(TopicWords topic, ReadOnlySpan<char> statement, Span<float> cues, Span<float> pairCues, CharBuffer text, CharBuffer scope)
    {
        text.Clear();
        scope.Clear().Append("ctx");
        var statementCues = new StanceCues.Counter(topic, topic.ContentCount <= 256 ? stackalloc bool[topic.ContentCount] : new bool[topic.ContentCount]);
        var topicCues = new StancePairCues.Counter();
        var remaining = 0;
        var position = 0;
        Span<char> buffer = stackalloc char[FoldedWords.BufferLength];
        while (WordScanner.NextWord(statement, ref position, out var start, out var end))
        {
            var word = WordScanner.Fold(statement[start..end], buffer);
            var wordCues = StanceLexicon.CuesOf(word);
            var match = topic.Match(word);
            statementCues.Add(wordCues, match.ContentIndex);
            topicCues.Add(statement, word, start, wordCues, match.IsTopicWord);
            if (match.IsTopicWord)
            {
                text.Append(TextMarking.TopicToken);
            }
            else
            {
                text.Append(word);
            }

            text.Append(' ');
            if ((wordCues & Cues.Negation) != 0)
            {
                remaining = StanceCues.NegationReach;
            }
            else if (remaining > 0)
            {
                scope.Append(" neg_").Append(word);
                remaining--;
            }
        }

        statementCues.Write(statement, cues);
        topicCues.Write(topic, cues, pairCues);
    }
}
