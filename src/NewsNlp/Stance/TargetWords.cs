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
/// marked or not) cut into words — every run of non-space characters, punctuation included, because the
/// encoder reads only the words it is given and MiniLM was trained on sentences with their punctuation —
/// further cut where the target begins and ends, so the target is whole words ("Doe" of "Doe's"). The target
/// is words [<see cref="TargetFrom"/>, <see cref="TargetTo"/>); <see cref="Context"/> holds the indices of
/// up to <c>reach</c> words with a letter or digit on each side of it. A span without a word (bad offsets)
/// has no target words: its features stay zero rather than borrow another word's vector.
/// </summary>
public sealed record TargetWords(string Text, (int Start, int End)[] Words, int TargetFrom, int TargetTo, int[] Context)
{
    private const char Open = '[';
    private const char Close = ']';

    /// <summary>The words of <paramref name="sentence"/> for the target at [start, end), clamped to the sentence.</summary>
    public static TargetWords Of(string sentence, int start, int end, TargetMarking marking, int reach)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        start = Math.Clamp(start, 0, sentence.Length);
        end = Math.Clamp(end, start, sentence.Length);
        var text = sentence;
        int[] cuts = [start, end];
        if (marking == TargetMarking.Brackets)
        {
            text = $"{sentence.AsSpan(0, start)}{Open}{sentence.AsSpan(start, end - start)}{Close}{sentence.AsSpan(end)}";
            cuts = [start, start + 1, end + 1, end + 2]; // each bracket a word of its own
            (start, end) = (start + 1, end + 1);
        }

        var words = Cut(text, cuts);
        // No word crosses a cut, so the target is the run of words from the first at or after its start.
        var from = words.FindIndex(w => w.Start >= start);
        from = from < 0 ? words.Count : from;
        var to = from;
        while (to < words.Count && words[to].End <= end)
        {
            to++;
        }

        List<int> context = [];
        for (var i = from - 1; i >= 0 && context.Count < reach; i--)
        {
            AddIfWord(i);
        }

        context.Reverse();
        var left = context.Count;
        for (var i = to; i < words.Count && context.Count - left < reach; i++)
        {
            AddIfWord(i);
        }

        return new TargetWords(text, [.. words], from, to, [.. context]);

        void AddIfWord(int i)
        {
            if (text.AsSpan(words[i].Start, words[i].End - words[i].Start).ContainsAnyExcept(Punctuation))
            {
                context.Add(i);
            }
        }
    }

    // Characters that make a word without meaning of its own: a context word needs something else.
    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create("[](){}.,;:!?'\"\u2018\u2019\u201c\u201d-\u2013\u2014/…");

    /// <summary>Runs of non-space characters, cut at every position of <paramref name="cuts"/> inside one.</summary>
    private static List<(int Start, int End)> Cut(string text, int[] cuts)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
                if (Array.IndexOf(cuts, i) >= 0 && i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    words.Add((wordStart, i));
                    wordStart = i;
                }
            }

            if (i > wordStart)
            {
                words.Add((wordStart, i));
            }
        }

        return words;
    }
}
