namespace NewsNlp.Stance;

/// <summary>
/// Out-of-fold probabilities of the accurate portrayal model's parts on its training rows: the rows are
/// split into folds by document (<see cref="GroupFolds"/>), and each fold is predicted by a linear model and
/// perceptrons trained without it, for every perceptron epoch count asked for. The mixture's share, the
/// number of perceptrons, their epochs and the decision biases are then chosen on thousands of rows
/// (<see cref="PortrayalModelSelection"/>) instead of the few hundred of a dev set.
/// </summary>
public sealed class PortrayalCrossValidation
{
    private PortrayalCrossValidation()
    {
    }

    /// <summary>Class order of every probability vector here (the linear classifier's).</summary>
    public IReadOnlyList<string> Labels { get; private init; } = [];

    public int Folds { get; private init; }

    /// <summary>Each training row's fold.</summary>
    public IReadOnlyList<int> FoldOf { get; private init; } = [];

    public IReadOnlyList<string> Gold { get; private init; } = [];

    /// <summary>Each row's probabilities from the linear model of the folds it was not in.</summary>
    public IReadOnlyList<float[]> Linear { get; private init; } = [];

    /// <summary>By epoch count: for each perceptron seed (seed, seed + 1 …), each row's out-of-fold probabilities.</summary>
    public IReadOnlyDictionary<int, float[][][]> Perceptrons { get; private init; } = new Dictionary<int, float[][][]>();

    /// <param name="rows">Featurised training rows with their labels.</param>
    /// <param name="documents">Each row's document, which keeps it in one fold with its document's other rows.</param>
    /// <param name="linearDenseCount">The leading dense features the linear model reads (<see cref="PortrayalFeaturizer.LinearDenseCount"/>).</param>
    /// <param name="progress">Told what was trained, for a long run's log.</param>
    public static PortrayalCrossValidation Run(IReadOnlyList<ModelInput> rows, IReadOnlyList<string> documents, int linearDenseCount, int folds, PortrayalTrainingOptions options, IReadOnlyList<int> epochCandidates, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(epochCandidates);
        var foldOf = GroupFolds.Assign(documents, folds);
        var labels = rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var linear = new float[rows.Count][];
        var perceptrons = epochCandidates.Distinct().ToDictionary(e => e, _ => Enumerable.Range(0, options.MlpCount).Select(_ => new float[rows.Count][]).ToArray());
        for (var fold = 0; fold < folds; fold++)
        {
            var held = Enumerable.Range(0, rows.Count).Where(i => foldOf[i] == fold).ToArray();
            var kept = Enumerable.Range(0, rows.Count).Where(i => foldOf[i] != fold).Select(i => rows[i]).ToArray();
            var classifier = ClassifierTrainer.Train(kept, linearDenseCount, options.Seed, options.L2).Classifier;
            if (!classifier.Labels.SequenceEqual(labels))
            {
                throw new InvalidTrainingDataException($"Fold {fold} of {folds} lacks a class: too few training rows for cross-validation.");
            }

            foreach (var i in held)
            {
                linear[i] = classifier.Predict(rows[i]);
            }

            // One run per seed to the most epochs; the fewer-epoch models are its snapshots.
            PortrayalTraining.TrainMlps(kept, labels, options with { MlpEpochs = perceptrons.Keys.Max() }, (k, epoch, mlp) =>
            {
                if (perceptrons.TryGetValue(epoch, out var bySeed))
                {
                    foreach (var i in held)
                    {
                        bySeed[k][i] = mlp.Predict(rows[i].Dense);
                    }
                }
            });

            progress?.Invoke($"fold {fold + 1}/{folds}: {held.Length} rows held out");
        }

        return new PortrayalCrossValidation { Labels = labels, Folds = folds, FoldOf = foldOf, Gold = [.. rows.Select(r => r.Label)], Linear = linear, Perceptrons = perceptrons };
    }

    /// <summary>Each row's out-of-fold probabilities of the mixture with the first <paramref name="count"/> perceptrons of <paramref name="epochs"/> epochs.</summary>
    public float[][] Mixture(int epochs, int count, float weight)
    {
        var bySeed = Perceptrons[epochs];
        return Linear.Select((linear, i) => weight <= 0f || count == 0 ? linear : PortrayalModel.Mix(linear, PortrayalModel.Mean(bySeed.Take(count).Select(p => p[i]).ToArray()), weight)).ToArray();
    }

    /// <summary>
    /// The mean over folds of each fold's macro-F1, with per-class offsets from <paramref name="tune"/>
    /// (given the other folds' probabilities and labels; null for none) added to the log-probabilities.
    /// </summary>
    public double MeanMacroF1(IReadOnlyList<float[]> probabilities, Func<IReadOnlyList<float[]>, IReadOnlyList<string>, float[]>? tune = null)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var scores = new List<double>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var held = Enumerable.Range(0, Gold.Count).Where(i => FoldOf[i] == fold).ToArray();
            if (held.Length == 0)
            {
                continue; // few documents can leave a fold empty
            }

            var rest = Enumerable.Range(0, Gold.Count).Where(i => FoldOf[i] != fold).ToArray();
            var offsets = tune?.Invoke([.. rest.Select(i => probabilities[i])], [.. rest.Select(i => Gold[i])]) ?? new float[Labels.Count];
            scores.Add(DecisionBias.Score(Labels, [.. held.Select(i => probabilities[i])], [.. held.Select(i => Gold[i])], offsets));
        }

        return scores.Count == 0 ? 0 : scores.Average();
    }
}
