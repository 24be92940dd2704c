namespace NewsNlp.Analysis.Perceptron;

/// <summary>
/// Trains an averaged perceptron (Collins 2002) over hashed features. Averaging is lazy: each weight
/// remembers when it last changed, so an update costs O(features), not O(model). The caller owns the
/// training loop (greedy taggers feed their own previous predictions back as features), and shuffles
/// with <see cref="Shuffle{T}"/> for a seed-determined order.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly string[] _classes;
    private readonly int _bits;
    private readonly uint _mask;
    private readonly float[] _weights;
    private readonly double[] _totals;
    private readonly int[] _stamps;
    private int _instances;

    public PerceptronTrainer(IReadOnlyList<string> classes, int tableBits = 20)
    {
        if (classes.Count < 2)
        {
            throw new ArgumentException("A classifier needs at least two classes.", nameof(classes));
        }

        _classes = classes.ToArray();
        _bits = tableBits;
        _mask = (1u << tableBits) - 1;
        _weights = new float[(1 << tableBits) * classes.Count];
        _totals = new double[_weights.Length];
        _stamps = new int[_weights.Length];
    }

    public int ClassCount => _classes.Length;

    /// <summary>Scores with the current (not averaged) weights, as training-time decoding needs.</summary>
    public int Predict(ReadOnlySpan<uint> features, Span<float> scratch)
    {
        var k = _classes.Length;
        scratch[..k].Clear();
        foreach (var f in features)
        {
            var baseIndex = (int)(f & _mask) * k;
            for (var c = 0; c < k; c++)
            {
                scratch[c] += _weights[baseIndex + c];
            }
        }

        return PerceptronModel.ArgMax(scratch[..k]);
    }

    /// <summary>Counts one training instance and, when the guess was wrong, moves weights toward the truth.</summary>
    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        _instances++;
        if (truth == guess)
        {
            return;
        }

        var k = _classes.Length;
        foreach (var f in features)
        {
            var baseIndex = (int)(f & _mask) * k;
            Nudge(baseIndex + truth, 1f);
            Nudge(baseIndex + guess, -1f);
        }
    }

    private void Nudge(int index, float delta)
    {
        _totals[index] += (double)(_instances - _stamps[index]) * _weights[index];
        _stamps[index] = _instances;
        _weights[index] += delta;
    }

    /// <summary>The averaged weights as an immutable model.</summary>
    public PerceptronModel Build(IReadOnlyDictionary<string, string>? metadata = null) => Build([this], metadata);

    /// <summary>
    /// The mean of several trainers' averaged weights (the same classes and table, trained on differently
    /// shuffled data) as one model: an ensemble at the cost of a single model when scoring.
    /// </summary>
    public static PerceptronModel Build(IReadOnlyList<PerceptronTrainer> trainers, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var first = trainers[0];
        var averaged = new float[first._weights.Length];
        foreach (var trainer in trainers)
        {
            if (trainer._weights.Length != averaged.Length || !trainer._classes.SequenceEqual(first._classes))
            {
                throw new ArgumentException("Only trainers of the same classes and table size can be averaged.", nameof(trainers));
            }

            var n = (double)Math.Max(1, trainer._instances) * trainers.Count;
            for (var i = 0; i < averaged.Length; i++)
            {
                var total = trainer._totals[i] + ((double)(trainer._instances - trainer._stamps[i]) * trainer._weights[i]);
                averaged[i] += (float)(total / n);
            }
        }

        return new PerceptronModel(first._classes, first._bits, averaged, metadata ?? new Dictionary<string, string>());
    }

    /// <summary>Fisher–Yates shuffle driven by a seeded Random, so an epoch's order depends only on the seed.</summary>
    public static void Shuffle<T>(IList<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
