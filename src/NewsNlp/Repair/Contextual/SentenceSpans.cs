namespace NewsNlp.Repair.Contextual;

/// <summary>
/// Cuts a scanned text into the sentences the transformer encodes one at a time: the accurate mode then
/// encodes only the sentences with a word in doubt, and a sentence's vectors do not depend on the text
/// around it, so a sentence met again (a damaged and a clean copy, a later run) is found in the cache.
/// </summary>
internal static class SentenceSpans
{
    /// <summary>One sentence: its words [FirstWord, EndWord) and its characters.</summary>
    public readonly record struct Sentence(int FirstWord, int EndWord, int Start, int End);

    /// <summary>
    /// The sentences of <paramref name="words"/>, cut where the scanner marks a sentence start; the
    /// punctuation between two sentences is cut at its first space, so the full stop stays with its
    /// sentence and an opening quotation mark goes with the next.
    /// </summary>
    public static List<Sentence> Of(string text, List<WordToken> words)
    {
        var sentences = new List<Sentence>();
        int first = 0, start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i < words.Count && !words[i].Is(WordFlags.SentenceStart))
            {
                continue;
            }

            var end = i == words.Count ? text.Length : Boundary(text, words[i - 1].End, words[i].Start);
            if (first < words.Count)
            {
                sentences.Add(new Sentence(first, i, start, end));
            }

            (first, start) = (i, end);
        }

        return sentences;
    }

    /// <summary>The sentence of word <paramref name="index"/> in <paramref name="sentences"/> (sorted, covering every word).</summary>
    public static int IndexOf(List<Sentence> sentences, int index)
    {
        int low = 0, high = sentences.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (sentences[middle].FirstWord <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The span and word ranges the encoder takes for one sentence.</summary>
    public static WordSpan Span(string text, List<WordToken> words, Sentence sentence)
    {
        var ranges = new (int, int)[sentence.EndWord - sentence.FirstWord];
        for (var k = 0; k < ranges.Length; k++)
        {
            ranges[k] = (words[sentence.FirstWord + k].Start, words[sentence.FirstWord + k].End);
        }

        return new WordSpan(text, sentence.Start, sentence.End, ranges);
    }

    private static int Boundary(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (char.IsWhiteSpace(text[k]))
            {
                return k;
            }
        }

        return to;
    }
}
