using NewsNlp.Analysis.Contextual;

namespace NewsNlp.Repair.Contextual;

/// <summary>
/// Adapter from the shared <see cref="ContextualEncoder"/> to <see cref="IContextualWordVectors"/>: live
/// in the pipeline (<see cref="Live"/>), or through a <see cref="ContextualVectorCache"/> in train and eval
/// runs, so tuning does not pay the transformer again. The encoder reads only the ranges it is given, so
/// the span's punctuation goes in too (a full stop or quotation mark says much about the capital after
/// it); only the words' vectors come back. The encoder is loaded on first use, so the fast mode never
/// loads the transformer.
/// </summary>
public sealed class EncoderWordVectors(ContextualVectorCache? cache = null) : IContextualWordVectors
{
    // Punctuation marks passed on from one gap between words: a run of thousands ("!!!!…") says no more
    // than a few, and would fill the transformer's window.
    private const int MaxMarksPerGap = 4;

    /// <summary>Vectors computed as texts come, kept nowhere.</summary>
    public static EncoderWordVectors Live { get; } = new();

    public int Dimensions => ContextualEncoder.Dimensions;

    public IReadOnlyList<float[][]> Vectors(IReadOnlyList<WordSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var inputs = new List<ContextualInput>(spans.Count);
        var positions = new List<int[]>(spans.Count);
        foreach (var span in spans)
        {
            var (ranges, wordPositions) = WithPunctuation(span);
            inputs.Add(new ContextualInput(span.Text, ranges));
            positions.Add(wordPositions);
        }

        var encoded = ContextualVectorCache.Encode(cache, inputs);
        return [.. encoded.Select((vectors, t) => Array.ConvertAll(positions[t], p => vectors.Word(p).ToArray()))];
    }

    /// <summary>
    /// The encoder's ranges for a span: its words, with each punctuation mark of the span between them as a
    /// range of its own; and where each word is among them.
    /// </summary>
    internal static (List<WordRange> Ranges, int[] WordPositions) WithPunctuation(WordSpan span)
    {
        var (text, words) = (span.Text, span.Words);
        var ranges = new List<WordRange>(words.Count + (words.Count / 2));
        var positions = new int[words.Count];
        var at = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, at, text.Length);
        for (var w = 0; w <= words.Count; w++)
        {
            var gapEnd = w < words.Count ? Math.Clamp(words[w].Start, at, end) : end;
            var marks = 0;
            for (var k = at; k < gapEnd && marks < MaxMarksPerGap; k++)
            {
                if (!char.IsWhiteSpace(text[k]) && !char.IsSurrogate(text[k]))
                {
                    ranges.Add(new WordRange(k, k + 1));
                    marks++;
                }
            }

            if (w == words.Count)
            {
                break;
            }

            positions[w] = ranges.Count;
            ranges.Add(new WordRange(words[w].Start, words[w].End));
            at = Math.Max(at, Math.Min(words[w].End, end));
        }

        return (ranges, positions);
    }
}
