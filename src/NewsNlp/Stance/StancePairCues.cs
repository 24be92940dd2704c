using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// Stance-only dense cues that relate a statement to its topic rather than describe the statement alone:
/// which way the topic points (a proposal to ban, repeal or stop something reverses what "support" words
/// mean), whether statement and topic disagree in negation, the side of the statement's stance predicate
/// ("welcomed", "rejected …") and whether that predicate's object is the topic, and the marks of a neutral
/// report (figures, a bare reporting verb). Portrayal never uses them, so its features stay as they are.
/// </summary>
internal static class StancePairCues
{
    public const int Count = 14;

    // Words after a stance predicate searched for a topic word: "rejected the [bill]".
    private const int ObjectReach = 6;

    // An evaluative word this close to a topic word judges the topic: "[Kavanaugh] is a disgrace".
    private const int JudgementReach = 4;

    /// <summary>Topic words that turn a proposal against something: supporting "X should be banned" opposes X.</summary>
    internal static readonly WordTable<bool> Reversing = WordTable.Of(
    [
        "ban", "banned", "banning", "repeal", "repealed", "abolish", "abolished", "stop", "stopped", "end", "ended",
        "prohibit", "prohibited", "restrict", "restricted", "scrap", "scrapped", "remove", "removed", "reduce",
        "reduced", "cut", "limit", "limited", "replace", "replaced", "block", "blocked", "halt", "withdraw", "outlaw",
        "outlawed", "charges", "charged", "prosecuted", "punished", "blame", "impeached", "fired", "resign",
    ]);

    /// <summary>Verbs that only report that something was said; alone they carry no side.</summary>
    internal static readonly WordTable<bool> Reporting = WordTable.Of(
    [
        "said", "says", "say", "told", "tells", "stated", "states", "according", "announced", "announces", "added",
        "noted", "explained", "asked", "asks", "described", "reported", "wrote", "tweeted",
    ]);

    /// <summary>
    /// The cues' running state over a statement's words, fed one word at a time by <see cref="StatementScan"/>
    /// with the word's cue-table entry and whether it repeats a topic word, so no word is looked up twice.
    /// </summary>
    internal struct Counter
    {
        private int _words, _reporting, _predicateAt, _positive, _negative, _nearTopic;
        private int _lastTopicAt, _lastJudgementAt, _lastJudgement, _direction;
        private bool _objectIsTopic, _hasDigit;

        public Counter()
        {
            _predicateAt = -1;
            _lastTopicAt = -100;
            _lastJudgementAt = -100;
        }

        /// <summary>The next word (folded), where it starts in <paramref name="statement"/>, its cues and whether it repeats a topic word.</summary>
        public void Add(ReadOnlySpan<char> statement, ReadOnlySpan<char> word, int start, Cues cues, bool isTopicWord)
        {
            var i = _words++;
            _hasDigit |= char.IsDigit(word[0]);
            if ((cues & Cues.Reporting) != 0)
            {
                _reporting++;
            }

            var judgement = (cues & Cues.Praise) != 0 ? 1 : (cues & Cues.Condemnation) != 0 ? -1 : 0;
            _positive += judgement > 0 ? 1 : 0;
            _negative += judgement < 0 ? 1 : 0;
            if (judgement != 0)
            {
                // After a topic word ("Smith is a disgrace"), or remembered for the next one ("a disgraceful Smith").
                _nearTopic += i - _lastTopicAt <= JudgementReach ? judgement : 0;
                (_lastJudgementAt, _lastJudgement) = (i, judgement);
            }
            else if (isTopicWord)
            {
                _nearTopic += i - _lastJudgementAt <= JudgementReach ? _lastJudgement : 0;
                _lastJudgementAt = -100;
                _lastTopicAt = i;
            }

            if (_predicateAt < 0 && (cues & Cues.Predicate) != 0)
            {
                _predicateAt = i;
                _direction = PredicateDirection.Of(statement, new TextSpan(start, statement.Length));
            }
            else if (_predicateAt >= 0 && i - _predicateAt <= ObjectReach && isTopicWord)
            {
                _objectIsTopic = true;
            }
        }

        /// <summary>
        /// Writes the cues. <paramref name="statementCues"/> are the statement's <see cref="StanceCues"/>,
        /// already written, whose support/oppose counts give the statement's own polarity.
        /// </summary>
        public readonly void Write(TopicWords topic, ReadOnlySpan<float> statementCues, Span<float> into)
        {
            var topicSign = topic.Reversed ? -1f : 1f;
            var polarity = statementCues[2] - statementCues[3] + statementCues[5] - statementCues[4];
            var statementNegated = statementCues[0] > 0;
            var polar = statementCues[2] + statementCues[3] + statementCues[4] + statementCues[5] > 0 || _direction != 0;
            into[0] = topicSign;
            into[1] = polarity * topicSign;
            into[2] = statementNegated != topic.Negated ? 1f : 0f;
            into[3] = _direction;
            into[4] = _direction * topicSign;
            into[5] = _objectIsTopic ? _direction * topicSign : 0f;
            into[6] = _predicateAt >= 0 && _direction == 0 ? 1f : 0f;
            into[7] = _reporting > 0 && !polar ? 1f : 0f;
            into[8] = _hasDigit ? 1f : 0f;
            into[9] = statementCues[1] > 0 && !polar ? 1f : 0f;
            into[10] = StanceCues.Saturate(_positive);
            into[11] = StanceCues.Saturate(_negative);
            into[12] = (StanceCues.Saturate(_positive) - StanceCues.Saturate(_negative)) * topicSign;
            into[13] = Math.Sign(_nearTopic) * topicSign;
        }
    }
}
