using NewsNlp.Quotes;

namespace NewsNlp.Stance;

/// <summary>
/// Dense cues of how a sentence treats one target in it, portrayal only (the stance models never see
/// them): prior word sentiment (<see cref="PortrayalLexicon"/>) split by where it sits — just before
/// the target (what is done to it: "attacked tgtx"), just after (what it does: "tgtx lied"), further
/// away — with negation flipping a word's sign; and the target's role: the speaker of a reporting verb
/// ("tgtx said …", "according to tgtx"), which mostly reports rather than judges it, or a name inside
/// a quotation.
/// </summary>
internal static class PortrayalCues
{
    public const int Count = 14;

    // Words from the target that still count as near it (its verb, its modifier).
    private const int NearReach = 3;

    // A sentiment word this many words after a negation has its sign flipped ("not honest").
    private const int NegationReach = 3;

    // Words after the target in which a reporting verb makes it the speaker ("tgtx, a senator, said").
    private const int SpeakerReach = 4;

    private const float MaxScore = 5f;

    /// <summary>
    /// Writes the cues into <paramref name="into"/>, and the sentence's topic-free <see cref="StanceCues"/>
    /// into <paramref name="sentenceCues"/> when it is given: both come from one pass over the words with one
    /// cue-table look-up per word.
    /// </summary>
    public static void Write(ReadOnlySpan<char> sentence, int targetStart, int targetEnd, PortrayalLexicon lexicon, Span<float> into, Span<float> sentenceCues = default)
    {
        var text = sentence;
        targetStart = Math.Clamp(targetStart, 0, text.Length);
        targetEnd = Math.Clamp(targetEnd, targetStart, text.Length);
        Span<char> buffer = stackalloc char[FoldedWords.BufferLength];
        var (first, last) = TargetWords(text, targetStart, targetEnd);
        var sides = new SideScores();
        int index = 0, lastNegation = -100, negationNearTarget = 0, before1 = -1, before2 = -1;
        var speaker = false;
        var total = 0f;
        var stanceCues = new StanceCues.Counter(TopicWords.None, []);
        for (var position = 0; WordScanner.NextWord(text, ref position, out var start, out var end); index++)
        {
            if (index == first)
            {
                speaker = before2 >= 0 && text[before2..].StartsWith("according to", StringComparison.OrdinalIgnoreCase);
            }

            (before2, before1) = (before1, start);
            var word = WordScanner.Fold(text[start..end], buffer);
            var cues = StanceLexicon.CuesOf(word);
            stanceCues.Add(cues, -1);
            if (index >= first && index <= last)
            {
                continue;
            }

            var distance = index < first ? first - index : index - last;
            float score = lexicon.ScoreOf(word);
            if (score != 0 && index - lastNegation <= NegationReach)
            {
                score = -score;
            }

            if ((cues & Cues.Negation) != 0)
            {
                lastNegation = index;
                negationNearTarget += distance <= NearReach ? 1 : 0;
            }

            speaker |= index > last && distance <= SpeakerReach && ReportingLexicon.Default.TryGet(word, out var reporting) && reporting.IsVerb;
            if (score != 0)
            {
                sides.Add(score, distance, left: index < first);
                total += score;
            }
        }

        if (!sentenceCues.IsEmpty)
        {
            stanceCues.Write(text, sentenceCues);
        }

        var quotesBefore = CountQuoteMarks(text[..targetStart]);
        sides.Write(into);
        into[8] = speaker ? 1f : 0f;
        into[9] = quotesBefore % 2 == 1 ? 1f : 0f;
        into[10] = quotesBefore + CountQuoteMarks(text[targetStart..]) > 0 ? 1f : 0f;
        into[11] = first <= 1 ? 1f : 0f;
        into[12] = Saturate(negationNearTarget);
        into[13] = MathF.Tanh(total / MaxScore);
    }

    // The indices of the first and last word overlapping the target; a target inside one word is that word.
    private static (int First, int Last) TargetWords(ReadOnlySpan<char> text, int targetStart, int targetEnd)
    {
        int index = 0, first = -1, last = -1;
        for (var position = 0; WordScanner.NextWord(text, ref position, out var start, out var end); index++)
        {
            if (start < targetEnd && end > targetStart)
            {
                first = first < 0 ? index : first;
                last = index;
            }
            else if (start >= targetEnd)
            {
                break;
            }
        }

        // No word overlaps (a target of punctuation): place it before the next word.
        return first < 0 ? (index, index - 1) : (first, last);
    }

    /// <summary>Sentiment sums by side and distance, and the nearest sentiment word.</summary>
    private struct SideScores
    {
        private float _nearLeftPositive, _nearLeftNegative, _nearRightPositive, _nearRightNegative, _farPositive, _farNegative, _nearest;
        private int _nearestDistance;

        public void Add(float score, int distance, bool left)
        {
            var magnitude = MathF.Abs(score) / MaxScore;
            var positive = score > 0;
            if (distance > NearReach)
            {
                (positive ? ref _farPositive : ref _farNegative) += magnitude;
            }
            else if (left)
            {
                (positive ? ref _nearLeftPositive : ref _nearLeftNegative) += magnitude;
            }
            else
            {
                (positive ? ref _nearRightPositive : ref _nearRightNegative) += magnitude;
            }

            if (_nearestDistance == 0 || distance < _nearestDistance)
            {
                _nearestDistance = distance;
                _nearest = score;
            }
        }

        public readonly void Write(Span<float> into)
        {
            into[0] = Saturate(_nearLeftPositive);
            into[1] = Saturate(_nearLeftNegative);
            into[2] = Saturate(_nearRightPositive);
            into[3] = Saturate(_nearRightNegative);
            into[4] = Saturate(_farPositive);
            into[5] = Saturate(_farNegative);
            into[6] = _nearest / MaxScore;
            into[7] = _nearestDistance == 0 ? 0f : 1f / _nearestDistance;
        }
    }

    // Three vectorised counts: this ran over every portrayal sentence a character at a time.
    private static int CountQuoteMarks(ReadOnlySpan<char> text) =>
        text.Count('"') + text.Count('\u201C') + text.Count('\u201D');

    private static float Saturate(float x) => x / (x + 1f);
}
