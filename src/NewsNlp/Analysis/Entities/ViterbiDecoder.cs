using System.Buffers;
using System.Numerics.Tensors;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// Recognition-time decoding over the same locally trained scores as <see cref="GreedyDecoder"/>, but
/// searching label sequences instead of committing token by token: each token's scores, turned into
/// probabilities by the calibrated softmax, are chained as in a maximum-entropy Markov model, only valid
/// BILOU sequences are allowed (after B or I of a type comes I or L of that type; a sentence ends outside
/// a name), and a beam of the best few partial sequences is kept (a Viterbi search with the previous two labels
/// taken from each sequence's own history). A name whose first word scored low can still win when the
/// rest of it is convincing, and "United/LOC States Department/ORG" cannot happen. Tokens that can start no
/// name are labelled O without scoring, as in greedy decoding, so plain words cost one state.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>Partial sequences kept per token.</summary>
    /// <remarks>On dev 2, 3, 4 and 8 found the same names (UNER EWT dev F1 0.730 against greedy 0.696); 1 gave 0.710.</remarks>
    public const int Beam = 2;

    /// <summary>
    /// A sequence this much less likely (in natural log) than the best is dropped: it almost never wins, and
    /// most tokens then keep one state, so the search costs little more than greedy decoding.
    /// </summary>
    /// <remarks>On dev, margins of 3, 6 and 10 found the same names; 3 keeps the recogniser ≈ 10 % slower than greedy.</remarks>
    private const double PruneMargin = 3;

    public static void Decode<TScorer>(ref TScorer scorer, int classCount, FeatureSources sources, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, DocumentMemory? memory, Span<int> labels, Span<float> confidences, Span<GazetteerHit> hits = default)
        where TScorer : struct, ILabelScorer
    {
        var n = tokens.Length;
        using var view = new SentenceView(text, tokens, sources);
        view.CopyHitsTo(hits);
        scorer.Prepare(view, text, tokens);
        var lattice = ArrayPool<State>.Shared.Rent(n * Beam);
        var counts = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
            Span<float> tokenScores = stackalloc float[classCount];
            Span<float> scores = stackalloc float[classCount];
            Span<float> scratch = stackalloc float[classCount];
            Span<State> best = stackalloc State[classCount];
            for (var i = 0; i < n; i++)
            {
                var predecessors = i == 0 ? 1 : counts[i - 1];
                if (view.StartsNoName(i) && (i == 0 || !AnyOpen(lattice.AsSpan((i - 1) * Beam, predecessors))))
                {
                    // Every history labels the token O unscored: the best of them is the one state kept.
                    lattice[i * Beam] = BestOutside(lattice, i, predecessors);
                    counts[i] = 1;
                    continue;
                }

                best.Fill(new State(-1, double.NegativeInfinity, -1, float.NegativeInfinity));
                var scored = false;
                var documentLabel = memory?.TypeOf(view.Lower(i)) ?? -1;
                for (var s = 0; s < predecessors; s++)
                {
                    var from = i == 0 ? Start : lattice[((i - 1) * Beam) + s];
                    var open = Bilou.PositionOf(from.Label) is BilouPosition.Begin or BilouPosition.Inside;
                    if (!open && view.StartsNoName(i))
                    {
                        Offer(best, new State(0, from.Score, s, 0f));
                        continue;
                    }

                    // The token's own features are scored once; each history adds only its label features.
                    if (!scored)
                    {
                        scorer.ScoreStatic(view, text, tokens, i, features, tokenScores);
                        scored = true;
                    }

                    var beforePrevious = i <= 1 ? -1 : lattice[((i - 2) * Beam) + from.Back].Label;
                    scorer.ScoreHistory(view, tokens, i, from.Label, beforePrevious, documentLabel, features, scores);
                    TensorPrimitives.Add(scores, tokenScores, scores);
                    LogSoftmax(scores, scratch);
                    for (var c = 0; c < classCount; c++)
                    {
                        if (Allowed(from.Label, c, last: i == n - 1))
                        {
                            Offer(best, new State(c, from.Score + scores[c], s, scores[c]));
                        }
                    }
                }

                counts[i] = KeepBest(best, lattice.AsSpan(i * Beam, Beam));
            }

            Backtrack(lattice, n, labels, confidences);
        }
        finally
        {
            ArrayPool<State>.Shared.Return(lattice);
            ArrayPool<int>.Shared.Return(counts);
        }

        if (memory != null)
        {
            for (var i = 0; i < n; i++)
            {
                if (labels[i] != 0)
                {
                    memory.Remember(view.Lower(i), Bilou.TypeOf(labels[i]));
                }
            }
        }
    }

    // The history before the first token: no label, log-probability 0.
    private static readonly State Start = new(-1, 0, -1, 0f);

    // Whether a history ends inside a name (B or I): the next token must go on with the name.
    private static bool AnyOpen(ReadOnlySpan<State> previous)
    {
        foreach (var state in previous)
        {
            if (Bilou.PositionOf(state.Label) is BilouPosition.Begin or BilouPosition.Inside)
            {
                return true;
            }
        }

        return false;
    }

    // The state the search keeps when every history labels token i O unscored: the likeliest history (the
    // first on ties, as Offer keeps it), with the O label's log-probability 0.
    private static State BestOutside(State[] lattice, int i, int predecessors)
    {
        if (i == 0)
        {
            return new State(0, Start.Score, 0, 0f);
        }

        var back = 0;
        for (var s = 1; s < predecessors; s++)
        {
            if (lattice[((i - 1) * Beam) + s].Score > lattice[((i - 1) * Beam) + back].Score)
            {
                back = s;
            }
        }

        return new State(0, lattice[((i - 1) * Beam) + back].Score, back, 0f);
    }

    /// <summary>BILOU validity: inside a name only its continuation; outside, O or a new name; no name left open at the end.</summary>
    private static bool Allowed(int previous, int label, bool last)
    {
        var position = Bilou.PositionOf(label);
        if (Bilou.PositionOf(previous) is BilouPosition.Begin or BilouPosition.Inside)
        {
            return Bilou.TypeOf(label) == Bilou.TypeOf(previous) && (position == BilouPosition.Last || (position == BilouPosition.Inside && !last));
        }

        return position is BilouPosition.Outside or BilouPosition.Unit || (position == BilouPosition.Begin && !last);
    }

    /// <summary>Keeps, per label, the best-scoring way to reach it (the Viterbi maximum).</summary>
    private static void Offer(Span<State> best, State candidate)
    {
        if (candidate.Score > best[candidate.Label].Score)
        {
            best[candidate.Label] = candidate;
        }
    }

    /// <summary>Copies up to <see cref="Beam"/> best states, best first (lower label on ties), and returns how many.</summary>
    private static int KeepBest(Span<State> best, Span<State> into)
    {
        var kept = 0;
        for (; kept < into.Length; kept++)
        {
            var top = -1;
            for (var c = 0; c < best.Length; c++)
            {
                if (best[c].Label >= 0 && (top < 0 || best[c].Score > best[top].Score))
                {
                    top = c;
                }
            }

            if (top < 0 || (kept > 0 && best[top].Score < into[0].Score - PruneMargin))
            {
                break;
            }

            into[kept] = best[top];
            best[top] = best[top] with { Label = -1 };
        }

        return kept;
    }

    private static void Backtrack(State[] lattice, int n, Span<int> labels, Span<float> confidences)
    {
        // States are sorted best first, and every final state is closed (Allowed forbids B and I last).
        var s = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            var state = lattice[(i * Beam) + s];
            labels[i] = state.Label;
            if (!confidences.IsEmpty)
            {
                confidences[i] = MathF.Exp(state.LogProbability);
            }

            s = state.Back;
        }
    }

    /// <summary>Turns scores into log-probabilities with one logarithm (log-sum-exp, vectorised).</summary>
    private static void LogSoftmax(Span<float> scores, Span<float> scratch)
    {
        var max = TensorPrimitives.Max(scores);
        TensorPrimitives.Subtract(scores, max, scratch);
        TensorPrimitives.Exp(scratch, scratch);
        TensorPrimitives.Subtract(scores, max + MathF.Log(TensorPrimitives.Sum(scratch)), scores);
    }

    /// <summary>
    /// A partial sequence ending in <see cref="Label"/>: its log-probability, the predecessor state's index, and
    /// the label's own log-probability given that predecessor (its confidence).
    /// </summary>
    private readonly record struct State(int Label, double Score, int Back, float LogProbability);
}
