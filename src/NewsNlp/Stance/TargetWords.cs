namespace NewsNlp.Stance;

/// <summary>How the target is shown to the contextual encoder.</summary>
public enum TargetMarking
{
    /// <summary>The sentence as written.</summary>
    None,

    /// <summary>The target wrapped in square brackets ("… met [Jane Doe] on …"), so the encoder sees which mention is meant.</summary>
    Brackets,
}

/// <summary>
/// What the contextual encoder reads for one sentence–target pair: the text (the sentence, the target
/// marked or not) and, as character ranges into that text, the target's words and the words around it
/// (<paramref name="Reach"/> on each side, the target excluded) whose last-layer vectors are pooled into
/// the portrayal features. A target span that holds no word (bad offsets, punctuation) has no target words:
/// its features stay zero rather than borrow another word's vector.
/// </summary>
public sealed record TargetWords(string Text, (int Start, int End)[] Target, (int Start, int End)[] Context)
{
    private const char Open = '[';
    private const char Close = ']';

    /// <summary>The words of <paramref name="sentence"/> for the target at [start, end), clamped to the sentence.</summary>
    public static TargetWords Of(string sentence, int start, int end, TargetMarking marking, int reach)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        start = Math.Clamp(start, 0, sentence.Length);
        end = Math.Clamp(end, start, sentence.Length);
        var text = marking == TargetMarking.Brackets ? $"{sentence.AsSpan(0, start)}{Open}{sentence.AsSpan(start, end - start)}{Close}{sentence.AsSpan(end)}" : sentence;
        if (marking == TargetMarking.Brackets)
        {
            // The target moved one character right, past the opening bracket.
            start++;
            end++;
        }

        var before = new List<(int, int)>();
        var target = new List<(int, int)>();
        var after = new List<(int, int)>();
        var position = 0;
        while (WordScanner.NextWord(text, ref position, out var s, out var e))
        {
            if (e <= start)
            {
                before.Add((s, e));
            }
            else if (s >= end)
            {
                if (after.Count == reach)
                {
                    break;
                }

                after.Add((s, e));
            }
            else
            {
                target.Add((s, e));
            }
        }

        return new TargetWords(text, [.. target], [.. before.Skip(Math.Max(0, before.Count - reach)), .. after]);
    }
}
