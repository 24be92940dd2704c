using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>Scores a token's features; during training it also learns from the gold label.</summary>
internal interface ILabelScorer
{
    void Score(ReadOnlySpan<uint> features, Span<float> scores);

    /// <summary>Scores token <paramref name="i"/>'s label-independent features (<see cref="NerFeatures.ExtractStatic"/>), using <paramref name="features"/> as scratch.</summary>
    void ScoreStatic(in SentenceView view, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, Span<uint> features, Span<float> scores) =>
        Score(features[..NerFeatures.ExtractStatic(view, text, tokens, i, features)], scores);

    /// <summary>Called once per sentence before any of its tokens is scored, with the sentence's view; nothing by default.</summary>
    void Prepare(in SentenceView view, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
    }

    /// <summary>Scores token <paramref name="i"/>'s history features (<see cref="NerFeatures.ExtractHistory"/>) for one candidate history, using <paramref name="features"/> as scratch.</summary>
    void ScoreHistory(in SentenceView view, ReadOnlySpan<Token> tokens, int i, int previous, int beforePrevious, int documentLabel, Span<uint> features, Span<float> scores) =>
        Score(features[..NerFeatures.ExtractHistory(view, tokens, i, previous, beforePrevious, documentLabel, features)], scores);

    void Learn(ReadOnlySpan<uint> features, int truth, int guess);
}

/// <summary>
/// Left-to-right greedy BILOU decoding for training and confidence calibration: each token gets its
/// best-scoring label, which becomes a feature of the next token, and the perceptron learns from each
/// mistake as it is made. Transitions are not forced here (in greedy decoding forcing them made one early
/// mistake run on to the end of the sentence: −0.06 dev F1); recognition searches valid sequences instead
/// (<see cref="ViterbiDecoder"/>), over the same features.
/// </summary>
internal static class GreedyDecoder
{
    public const int MaxClasses = 64;

    /// <summary>
    /// Labels one sentence into <paramref name="labels"/>; fills <paramref name="confidences"/> (probability
    /// of the chosen label among the allowed ones) when it is not empty, and learns when
    /// <paramref name="truth"/> is not empty. Words found in names are written to <paramref name="memory"/>
    /// (the names of <paramref name="heard"/> instead when it is given: training's held-out predictions).
    /// </summary>
    public static void Decode<TScorer>(ref TScorer scorer, int classCount, FeatureSources sources, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, DocumentMemory? memory, Span<int> labels, Span<float> confidences, ReadOnlySpan<int> truth, ReadOnlySpan<int> heard = default)
        where TScorer : struct, ILabelScorer
    {
        using var view = new SentenceView(text, tokens, sources);
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[MaxClasses];
        scores = scores[..classCount];
        var previous = -1;
        var beforePrevious = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            var open = Bilou.PositionOf(previous) is BilouPosition.Begin or BilouPosition.Inside;
            int label;
            var confidence = 1f;
            if (!open && view.StartsNoName(i))
            {
                label = 0;
            }
            else
            {
                var documentLabel = memory?.TypeOf(view.Lower(i)) ?? -1;
                var n = NerFeatures.Extract(view, text, tokens, i, previous, beforePrevious, documentLabel, features);
                var f = features[..n];
                scorer.Score(f, scores);
                label = PerceptronModel.ArgMax(scores);
                if (!truth.IsEmpty)
                {
                    scorer.Learn(f, truth[i], label);
                }

                if (!confidences.IsEmpty && label != 0)
                {
                    PerceptronModel.Softmax(scores);
                    confidence = scores[label];
                }
            }

            labels[i] = label;
            if (!confidences.IsEmpty)
            {
                confidences[i] = confidence;
            }

            beforePrevious = previous;
            previous = label;
        }

        if (memory != null)
        {
            var remembered = heard.IsEmpty ? labels : heard;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (remembered[i] != 0)
                {
                    memory.Remember(view.Lower(i), Bilou.TypeOf(remembered[i]));
                }
            }
        }
    }
}
