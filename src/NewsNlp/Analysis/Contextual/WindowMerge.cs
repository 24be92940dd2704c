namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// Gathers one input's vectors from its encoded windows: a word keeps the vector of the window where it is
/// most central (the most pieces between it and the nearer window edge), so near a cut it still sees
/// context on both sides; the sentence vector is the mean over every position of every window, which for
/// an input of one window is sentence-transformers' mean pooling ([CLS] and [SEP] included), then
/// L2-normalised as all-MiniLM-L6-v2's sentence embeddings are.
/// </summary>
internal sealed class WindowMerge(InputPieces input, ContextualOptions options)
{
    private const int Dimensions = ContextualEncoder.Dimensions;

    private readonly float[] _words = new float[input.WordCount * Dimensions];
    private readonly int[] _centrality = Enumerable.Repeat(-1, input.WordCount).ToArray();
    private readonly double[]? _sentenceSum = options.SentenceVector ? new double[Dimensions] : null;
    private int _sentencePositions;

    /// <summary>Takes what <paramref name="window"/> offers; <paramref name="hidden"/> has its [CLS] … [SEP] rows.</summary>
    public void Add(EncoderWindow window, ReadOnlySpan<float> hidden)
    {
        var windowStart = input.WordStarts[window.FirstWord];
        var windowEnd = windowStart + window.Pieces;
        for (var w = window.FirstWord; w < window.EndWord; w++)
        {
            var first = input.WordStarts[w];
            var end = Math.Min(input.WordStarts[w + 1], windowEnd);
            var centrality = Math.Min(first - windowStart, windowEnd - end);
            if (centrality <= _centrality[w])
            {
                continue;
            }

            _centrality[w] = centrality;
            var target = _words.AsSpan(w * Dimensions, Dimensions);
            Row(hidden, 1 + first - windowStart).CopyTo(target);
            if (options.Pooling == WordPooling.MeanOfPieces && end - first > 1)
            {
                for (var p = first + 1; p < end; p++)
                {
                    var row = Row(hidden, 1 + p - windowStart);
                    for (var d = 0; d < Dimensions; d++)
                    {
                        target[d] += row[d];
                    }
                }

                var scale = 1f / (end - first);
                for (var d = 0; d < Dimensions; d++)
                {
                    target[d] *= scale;
                }
            }
        }

        if (_sentenceSum != null)
        {
            var positions = window.Pieces + 2;
            for (var p = 0; p < positions; p++)
            {
                var row = Row(hidden, p);
                for (var d = 0; d < Dimensions; d++)
                {
                    _sentenceSum[d] += row[d];
                }
            }

            _sentencePositions += positions;
        }
    }

    public ContextualVectors Result() => new(input.WordCount, _words, SentenceVector());

    private float[]? SentenceVector()
    {
        if (_sentenceSum == null || _sentencePositions == 0)
        {
            return null;
        }

        var norm = Math.Sqrt(_sentenceSum.Sum(v => v * v));
        return [.. _sentenceSum.Select(v => norm > 0 ? (float)(v / norm) : 0f)];
    }

    private static ReadOnlySpan<float> Row(ReadOnlySpan<float> hidden, int position) => hidden.Slice(position * Dimensions, Dimensions);
}
