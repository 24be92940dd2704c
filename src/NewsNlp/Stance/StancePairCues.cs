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
    private static readonly WordTable<bool> Reversing = WordTable.Of(
    [
        "ban", "banned", "banning", "repeal", "repealed", "abolish", "abolished", "stop", "stopped", "end", "ended",
        "prohibit", "prohibited", "restrict", "restricted", "scrap", "scrapped", "remove", "removed", "reduce",
        "reduced", "cut", "limit", "limited", "replace", "replaced", "block", "blocked", "halt", "withdraw", "outlaw",
        "outlawed", "charges", "charged", "prosecuted", "punished", "blame", "impeached", "fired", "resign",
    ]);

    /// <summary>Verbs that only report that something was said; alone they carry no side.</summary>
    private static readonly WordTable<bool> Reporting = WordTable.Of(
    [
        "said", "says", "say", "told", "tells", "stated", "states", "according", "announced", "announces", "added",
        "noted", "explained", "asked", "asks", "described", "reported", "wrote", "tweeted",
    ]);

    /// <summary>
    /// Writes the cues. <paramref name="statementCues"/> are the statement's <see cref="StanceCues"/>,
    /// already written, whose support/oppose counts give the statement's own polarity.
    /// </summary>
    public static void Write(TopicWords topic, string statement, ReadOnlySpan<float> statementCues, Span<float> into)
    {
        var topicSign = topic.Reversed ? -1f : 1f;
        var polarity = statementCues[2] - statementCues[3] + statementCues[5] - statementCues[4];
        var statementNegated = statementCues[0] > 0;

        int words = 0, reporting = 0, predicateAt = -1, positive = 0, negative = 0, nearTopic = 0;
        int lastTopicAt = -100, lastJudgementAt = -100, lastJudgement = 0;
        var objectIsTopic = false;
        var hasDigit = false;
        var direction = 0;
        var position = 0;
        Span<char> buffer = stackalloc char[FoldedWords.BufferLength];
        while (WordScanner.NextWord(statement, ref position, out var start, out var end))
        {
            var word = WordScanner.Fold(statement.AsSpan(start, end - start), buffer);
            var i = words++;
            hasDigit |= char.IsDigit(word[0]);
            if (Reporting.Contains(word))
            {
                reporting++;
            }

            var cues = StanceLexicon.CuesOf(word);
            var judgement = (cues & Cues.Praise) != 0 ? 1 : (cues & Cues.Condemnation) != 0 ? -1 : 0;
            positive += judgement > 0 ? 1 : 0;
            negative += judgement < 0 ? 1 : 0;
            var isTopicWord = topic.Stems.Contains(TextMarking.Stem(word));
            if (judgement != 0)
            {
                // After a topic word ("Smith is a disgrace"), or remembered for the next one ("a disgraceful Smith").
                nearTopic += i - lastTopicAt <= JudgementReach ? judgement : 0;
                (lastJudgementAt, lastJudgement) = (i, judgement);
            }
            else if (isTopicWord)
            {
                nearTopic += i - lastJudgementAt <= JudgementReach ? lastJudgement : 0;
                lastJudgementAt = -100;
                lastTopicAt = i;
            }

            if (predicateAt < 0 && StancePredicates.Verbs.Contains(word))
            {
                predicateAt = i;
                direction = PredicateDirection.Of(statement, new TextSpan(start, statement.Length));
            }
            else if (predicateAt >= 0 && i - predicateAt <= ObjectReach && isTopicWord)
            {
                objectIsTopic = true;
            }
        }

        var polar = statementCues[2] + statementCues[3] + statementCues[4] + statementCues[5] > 0 || direction != 0;
        into[0] = topicSign;
        into[1] = polarity * topicSign;
        into[2] = statementNegated != topic.Negated ? 1f : 0f;
        into[3] = direction;
        into[4] = direction * topicSign;
        into[5] = objectIsTopic ? direction * topicSign : 0f;
        into[6] = predicateAt >= 0 && direction == 0 ? 1f : 0f;
        into[7] = reporting > 0 && !polar ? 1f : 0f;
        into[8] = hasDigit ? 1f : 0f;
        into[9] = statementCues[1] > 0 && !polar ? 1f : 0f;
        into[10] = StanceCues.Saturate(positive);
        into[11] = StanceCues.Saturate(negative);
        into[12] = (StanceCues.Saturate(positive) - StanceCues.Saturate(negative)) * topicSign;
        into[13] = Math.Sign(nearTopic) * topicSign;
    }

    /// <summary>Whether a topic proposes against something ("… should be repealed"), flipped by a negation.</summary>
    public static bool IsReversing(ReadOnlySpan<char> word) => Reversing.Contains(word);
}
