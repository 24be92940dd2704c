using NewsNlp.Stance.Corpora;
using NewsNlp.Training;

namespace NewsNlp.Stance;

/// <summary>Knobs of stance training; the defaults are what the shipped models were trained with.</summary>
public sealed record StanceTrainingOptions
{
    public required int Seed { get; init; }

    public float L2 { get; init; } = 1f;

    /// <summary>Share of debate statements also paired with another claim's topic as "neutral" (off-topic).</summary>
    public double MismatchedNeutralRatio { get; init; } = 0.2;

    /// <summary>Weight of an in-domain news row against one debate row.</summary>
    public float InDomainWeight { get; init; } = 3f;
}

/// <summary>
/// Trains and evaluates the stance model. The debate corpora (Perspectrum, ArgKP) only know support
/// and oppose; "neutral" is learnt from the team's news set where it exists and from statements paired
/// with another claim's topic, which teaches the model that an off-topic statement takes no side.
/// </summary>
public static class StanceTraining
{
    /// <summary>Perspectrum and ArgKP rows of one split (train, dev or test).</summary>
    public static IReadOnlyList<StancePair> LoadDebate(string corporaRoot, string split, out IReadOnlyList<StancePair> argKp)
    {
        var perspectrum = PerspectrumReader.Read(CorpusLocator.RequireFile(corporaRoot, PerspectrumReader.RelativePath), split);
        argKp = ArgKpReader.Read(CorpusLocator.RequireFile(corporaRoot, ArgKpReader.RelativePath(split)));
        return perspectrum;
    }

    public static TrainedClassifier Train(IReadOnlyList<StancePair> debate, IReadOnlyList<StancePair> inDomain, StanceFeaturizer featurizer, StanceTrainingOptions options) =>
        Train(BuildRows(debate, inDomain, featurizer, options), featurizer, options);

    /// <summary>The model trained on rows featurised once by <see cref="BuildRows"/>.</summary>
    public static TrainedClassifier Train(StanceTrainingRows rows, StanceFeaturizer featurizer, StanceTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(options);
        return ClassifierTrainer.Train([.. rows.Debate, .. rows.News], featurizer.DenseCount, options.Seed, options.L2);
    }

    /// <summary>
    /// The training rows, labelled and weighted: the debate pairs with their off-topic neutrals, then the news
    /// rows in the order of <paramref name="inDomain"/>. Featurising is most of training's cost, so the full
    /// model and the cross-validation folds share these rows.
    /// </summary>
    public static StanceTrainingRows BuildRows(IReadOnlyList<StancePair> debate, IReadOnlyList<StancePair> inDomain, StanceFeaturizer featurizer, StanceTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(debate);
        ArgumentNullException.ThrowIfNull(options);
        var debatePairs = new List<StancePair>(debate);
        debatePairs.AddRange(MismatchedNeutrals(debate, options.MismatchedNeutralRatio, options.Seed));
        return new StanceTrainingRows(
            Labelled(featurizer, debatePairs, StanceDomain.Debate, 1f),
            Labelled(featurizer, inDomain, StanceDomain.News, options.InDomainWeight));
    }

    /// <summary>
    /// The classifier with its neutral bias moved to maximise macro-F1 on news dev rows: the debate
    /// corpora's neutral is synthetic (off-topic pairs), so the trained bias says little about how often a
    /// news statement takes no side. Only neutral moves, so support-versus-oppose decisions stay as trained.
    /// </summary>
    public static Classifier TuneNeutralBias(Classifier classifier, StanceFeaturizer featurizer, IReadOnlyList<StancePair> newsDev, out float offset)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(newsDev);
        offset = 0f;
        if (newsDev.Count == 0)
        {
            return classifier;
        }

        var rows = featurizer.Build(newsDev.Select(p => (p.Topic, p.Statement)).ToArray(), StanceDomain.News);
        return WithNeutralOffset(classifier, rows.Select(classifier.Predict).ToArray(), newsDev, out offset);
    }

    /// <summary>
    /// As <see cref="TuneNeutralBias"/>, but the offset is chosen on out-of-fold predictions of the news
    /// training rows (<paramref name="folds"/> folds by article, each predicted by a model trained without
    /// it): a thousand rows instead of the dev split's few hundred, whose best offset was mostly noise, and
    /// the dev split stays an untouched check. <paramref name="foldMacroF1"/> is each fold's news macro-F1
    /// before the offset: the cross-validation score new features are judged by.
    /// </summary>
    public static Classifier TuneNeutralBiasByCrossValidation(Classifier classifier, StanceTrainingRows rows, IReadOnlyList<StancePair> inDomain, StanceFeaturizer featurizer, StanceTrainingOptions options, out float offset, out double[] foldMacroF1, int folds = 4)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(inDomain);
        ArgumentNullException.ThrowIfNull(featurizer);
        var foldOf = GroupFolds.Assign(inDomain.Select(p => p.Group), folds);
        var probabilities = new float[inDomain.Count][];
        foldMacroF1 = new double[folds];
        for (var fold = 0; fold < folds; fold++)
        {
            var held = Enumerable.Range(0, inDomain.Count).Where(i => foldOf[i] == fold).ToArray();
            if (held.Length == 0 || held.Length == inDomain.Count)
            {
                foldMacroF1[fold] = double.NaN;
                continue;
            }

            var kept = new StanceTrainingRows(rows.Debate, [.. rows.News.Where((_, i) => foldOf[i] != fold)]);
            var model = Train(kept, featurizer, options).Classifier;
            foreach (var i in held)
            {
                probabilities[i] = model.Predict(rows.News[i]);
            }

            // Before any bias offset: the classifier's own arg-max.
            foldMacroF1[fold] = DecisionBias.Score(model.Labels, held.Select(i => probabilities[i]).ToArray(), held.Select(i => inDomain[i].Label).ToArray(), new float[model.Labels.Count]);
        }

        var predicted = Enumerable.Range(0, inDomain.Count).Where(i => probabilities[i] != null).ToArray();
        return WithNeutralOffset(classifier, predicted.Select(i => probabilities[i]).ToArray(), predicted.Select(i => inDomain[i]).ToArray(), out offset);
    }

    // The classes of every model trained here come in the same (ordinal) order, so one model's offsets fit another.
    private static Classifier WithNeutralOffset(Classifier classifier, IReadOnlyList<float[]> probabilities, IReadOnlyList<StancePair> gold, out float offset)
    {
        var offsets = DecisionBias.TuneOne(classifier.Labels, probabilities, gold.Select(p => p.Label).ToArray(), StanceLabels.Neutral);
        offset = offsets.Sum();
        return classifier.WithBiasOffsets(offsets);
    }

    private static ModelInput[] Labelled(StanceFeaturizer featurizer, IReadOnlyList<StancePair> pairs, StanceDomain domain, float weight)
    {
        var rows = featurizer.Build(pairs.Select(p => (p.Topic, p.Statement)).ToArray(), domain);
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i].Label = pairs[i].Label;
            rows[i].Weight = weight;
        }

        return rows;
    }

    /// <summary>
    /// Scores a model on labelled pairs. With <paramref name="binary"/> the prediction is support or
    /// oppose, whichever is likelier, as the two-class debate corpora require.
    /// </summary>
    public static ClassificationReport Evaluate(StanceModel model, IReadOnlyList<StancePair> pairs, bool binary)
    {
        var predicted = model.Predict(pairs.Select(p => (p.Topic, p.Statement)).ToArray(), binary ? StanceDomain.Debate : StanceDomain.News);
        string[] labels = binary
            ? [StanceLabels.Support, StanceLabels.Oppose]
            : [StanceLabels.Support, StanceLabels.Oppose, StanceLabels.Neutral];
        return ClassificationReport.Compute(labels, pairs.Select(p => p.Label).ToArray(), predicted.Select(p => binary ? p.BinaryLabel : p.Label).ToArray());
    }

    /// <summary>Statements paired with a topic from another group, labelled neutral; deterministic for a seed.</summary>
    internal static List<StancePair> MismatchedNeutrals(IReadOnlyList<StancePair> pairs, double ratio, int seed)
    {
        var neutrals = new List<StancePair>();
        if (pairs.Count < 2 || ratio <= 0)
        {
            return neutrals;
        }

        var random = new Random(seed);
        foreach (var pair in pairs)
        {
            if (random.NextDouble() >= ratio)
            {
                continue;
            }

            // A few draws find another group; a corpus with a single group yields no off-topic pairs.
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var other = pairs[random.Next(pairs.Count)];
                if (!string.Equals(other.Group, pair.Group, StringComparison.Ordinal))
                {
                    neutrals.Add(new StancePair(other.Topic, pair.Statement, StanceLabels.Neutral, "mismatched"));
                    break;
                }
            }
        }

        return neutrals;
    }
}

/// <summary>Stance training rows featurised once (<see cref="StanceTraining.BuildRows"/>): debate rows, then news rows in their input order.</summary>
public sealed record StanceTrainingRows(ModelInput[] Debate, ModelInput[] News);
