using NewsNlp.Analysis.Perceptron;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;
using NewsNlp.Training;

namespace NewsNlp.Analysis.Entities;

/// <summary>Settings of a training run; all of them are written into the model's metadata.</summary>
public sealed record EntityTrainingOptions
{
    public int Seed { get; init; } = 1;

    public int Epochs { get; init; } = 15;

    /// <summary>log2 of the weight table's rows; more rows mean fewer collisions and a larger file.</summary>
    public int TableBits { get; init; } = 17;

    /// <summary>Also train on a lower-cased copy of every document (Mayhew et al. 2019).</summary>
    public bool LowercaseCopies { get; init; } = true;

    /// <summary>
    /// Give each token what the document said about its word earlier (see <see cref="DocumentMemory"/>),
    /// learnt from held-out predictions (see <c>HeldOutLabels</c>); off in the library's default, on in `train ner`.
    /// </summary>
    public bool DocumentFeatures { get; init; }

    /// <summary>
    /// How many perceptrons to train side by side, on seeds <see cref="Seed"/>, Seed + 1, …, each with its own
    /// document order; the model is the mean of their averaged weights (one model's size and speed).
    /// </summary>
    public int Seeds { get; init; } = 1;

    public IReadOnlyList<string> Types { get; init; } = ["PER", "ORG", "LOC"];

    /// <summary>
    /// Tags the training sentences so the model learns part-of-speech features (a proper noun is most of a
    /// name); the recogniser then expects tagged tokens, as the pipeline gives it. Null: no such features.
    /// </summary>
    public PosTagger? Tagger { get; init; }
}

/// <summary>
/// Trains the recogniser: documents in a seed-shuffled order each epoch, sentences in document order
/// (the document memory needs it), greedy decoding with the perceptron's current weights, an update
/// on every mistake. After each epoch the averaged model is scored by <c>devScore</c> and the best epoch
/// is kept. Everything is ordered, so the same data and seed give byte-identical models.
/// </summary>
public static class EntityRecognizerTrainer
{
    private static readonly float[] Temperatures = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32];

    // The held-out models of the document memory: trained as long as the shipped model usually is (its
    // best dev epoch), and read at the temperature calibration usually picks.
    private const int HeldOutEpochs = 10;
    private const float HeldOutTemperature = 12f;

    public static EntityRecognizer Train(
        IReadOnlyList<EntitySentence> train,
        WordListLexicon lexicon,
        EntityTrainingOptions options,
        IReadOnlyDictionary<string, string> metadata,
        Func<EntityRecognizer, double>? devScore = null,
        Action<string>? log = null,
        IReadOnlyList<EntitySentence>? calibration = null)
    {
        var labels = new Bilou(options.Types);
        var sources = new FeatureSources(Gazetteer.Default, lexicon, options.Tagger != null);
        var prepared = Prepare(train, labels, options);
        var runs = Enumerable.Range(0, Math.Max(1, options.Seeds))
            .Select(k => (Trainer: new PerceptronTrainer(labels.Labels, options.TableBits), Random: new Random(options.Seed + k), Documents: prepared.ToList()))
            .ToArray();
        var trainers = runs.Select(r => r.Trainer).ToArray();
        var calibrationSentences = calibration == null ? [] : Prepare(calibration, labels, options).SelectMany(d => d).ToList();
        var meta = new Dictionary<string, string>(metadata.ToDictionary(), StringComparer.Ordinal)
        {
            ["types"] = string.Join(',', options.Types),
            ["seed"] = options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["lowercase_copies"] = options.LowercaseCopies ? "yes" : "no",
            ["document_features"] = options.DocumentFeatures ? "yes" : "no",
            ["pos_features"] = options.Tagger != null ? "yes" : "no",
        };
        if (runs.Length > 1)
        {
            meta["seeds"] = runs.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }


        var heard = options.DocumentFeatures ? HeldOutLabels(prepared, labels, sources, options) : null;
        EntityRecognizer? best = null;
        var bestScore = double.NegativeInfinity;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var mistakes = 0;
            foreach (var (trainer, random, documents) in runs)
            {
                PerceptronTrainer.Shuffle(documents, random);
                mistakes += TrainEpoch(trainer, documents, labels.Count, sources, heard);
            }

            meta["epochs"] = epoch.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var model = new EntityRecognizer(PerceptronTrainer.Build(trainers, meta), Gazetteer.Default, lexicon);
            if (calibrationSentences.Count > 0)
            {
                // Before scoring: recognition chains the calibrated probabilities, so the temperature changes which names it finds.
                model = model.WithTemperature(Calibrate(model, calibrationSentences));
            }

            if (devScore == null)
            {
                best = model;
                continue;
            }

            var score = devScore(model);
            log?.Invoke($"epoch {epoch}: {mistakes} token mistakes on train, confidence temperature {model.Temperature}, dev score {score:F4}");
            if (score > bestScore)
            {
                bestScore = score;
                best = model;
            }
        }

        return best ?? throw new ArgumentException("Training needs at least one epoch.", nameof(options));
    }

    /// <summary>One pass of perceptron updates over <paramref name="documents"/> in their order; returns the token mistakes made.</summary>
    private static int TrainEpoch(PerceptronTrainer trainer, List<List<(string Text, Token[] Tokens, int[] Truth)>> documents, int classCount, FeatureSources sources, Dictionary<int[], int[]>? heard)
    {
        var scorer = new TrainerScorer(trainer);
        var predicted = new int[1 + documents.Max(d => d.Count == 0 ? 0 : d.Max(s => s.Tokens.Length))];
        foreach (var document in documents)
        {
            var memory = heard != null ? new DocumentMemory() : null;
            foreach (var (text, tokens, truth) in document)
            {
                GreedyDecoder.Decode(ref scorer, classCount, sources, text, tokens, memory, predicted, default, truth, heard?[truth]);
            }
        }

        return scorer.Mistakes;
    }

    /// <summary>
    /// What a recogniser that never saw the document finds in it, sentence by sentence (keyed by the
    /// sentence's gold-label array): the document memory is trained on these, not on the model's own
    /// predictions over its training data, which are nearly perfect and taught it to trust the memory far
    /// more than it deserves on new text (Ratinov and Roth 2009 train their second stage the same way).
    /// Two folds of documents, a document and its lower-cased copy in the same fold; each fold's model is
    /// trained for <see cref="HeldOutEpochs"/> epochs on the other fold, without document features, and
    /// read with the recogniser's own search.
    /// </summary>
    private static Dictionary<int[], int[]> HeldOutLabels(List<List<(string Text, Token[] Tokens, int[] Truth)>> documents, Bilou labels, FeatureSources sources, EntityTrainingOptions options)
    {
        var heard = new Dictionary<int[], int[]>(ReferenceEqualityComparer.Instance);
        var step = options.LowercaseCopies ? 2 : 1;
        for (var fold = 0; fold < 2; fold++)
        {
            var inFold = documents.Where((_, d) => d / step % 2 == fold).ToList();
            var outside = documents.Where((_, d) => d / step % 2 != fold).ToList();
            var trainer = new PerceptronTrainer(labels.Labels, options.TableBits);
            var random = new Random(options.Seed);
            for (var epoch = 0; epoch < HeldOutEpochs; epoch++)
            {
                PerceptronTrainer.Shuffle(outside, random);
                TrainEpoch(trainer, outside, labels.Count, sources, null);
            }

            var scorer = new EntityRecognizer.ModelScorer(trainer.Build(), 1f / HeldOutTemperature);
            foreach (var (text, tokens, truth) in inFold.SelectMany(d => d))
            {
                var predicted = new int[tokens.Length];
                ViterbiDecoder.Decode(ref scorer, labels.Count, sources, text, tokens, null, predicted, new float[tokens.Length]);
                heard[truth] = predicted;
            }
        }

        return heard;
    }

    /// <summary>
    /// Temperature scaling (Guo et al. 2017): the divisor of the scores that gives held-out gold labels
    /// the highest likelihood, so a confidence of 0.8 is right about 80 % of the time rather than always 1.0.
    /// </summary>
    private static float Calibrate(EntityRecognizer model, List<(string Text, Token[] Tokens, int[] Truth)> sentences)
    {
        var nll = new double[Temperatures.Length];
        var last = new float[model.Labels.Count];
        var predicted = new int[1 + sentences.Max(s => s.Tokens.Length)];
        var scorer = new CalibrationScorer(new EntityRecognizer.ModelScorer(model.Model, 1f), last, nll);
        foreach (var (text, tokens, truth) in sentences)
        {
            GreedyDecoder.Decode(ref scorer, model.Labels.Count, model.Sources, text, tokens, null, predicted, default, truth);
        }

        var best = 0;
        for (var t = 1; t < nll.Length; t++)
        {
            best = nll[t] < nll[best] ? t : best;
        }

        return Temperatures[best];
    }

    private static List<List<(string Text, Token[] Tokens, int[] Truth)>> Prepare(IReadOnlyList<EntitySentence> train, Bilou labels, EntityTrainingOptions options)
    {
        var documents = new List<List<(string, Token[], int[])>>();
        foreach (var group in GroupByDocument(train))
        {
            documents.Add(group.Select(s => Encode(s, labels, options.Tagger)).ToList());
            if (options.LowercaseCopies)
            {
                documents.Add(group.Select(s => Encode(s.Lowercased(), labels, options.Tagger)).ToList());
            }
        }

        return documents;
    }

    private static (string, Token[], int[]) Encode(EntitySentence sentence, Bilou labels, PosTagger? tagger)
    {
        var truth = new int[sentence.Words.Count];
        var spans = sentence.Entities
            .Select(e => (e.First, e.End, Type: labels.Types.ToList().IndexOf(e.Type)))
            .Where(e => e.Type >= 0);
        labels.Encode(spans, truth);
        return (sentence.Text, CorpusTokens.Of(sentence, tagger), truth);
    }

    /// <summary>Consecutive sentences with the same document id, in corpus order.</summary>
    private static IEnumerable<List<EntitySentence>> GroupByDocument(IEnumerable<EntitySentence> sentences)
    {
        var current = new List<EntitySentence>();
        foreach (var s in sentences)
        {
            if (current.Count > 0 && current[0].DocId != s.DocId)
            {
                yield return current;
                current = [];
            }

            current.Add(s);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    /// <summary>Scores with a finished model and adds each gold label's negative log-likelihood under every temperature.</summary>
    private readonly struct CalibrationScorer(EntityRecognizer.ModelScorer inner, float[] last, double[] nll) : ILabelScorer
    {
        public void Score(ReadOnlySpan<uint> features, Span<float> scores)
        {
            inner.Score(features, scores);
            scores.CopyTo(last);
        }

        public void Learn(ReadOnlySpan<uint> features, int truth, int guess)
        {
            Span<float> scaled = stackalloc float[last.Length];
            for (var t = 0; t < Temperatures.Length; t++)
            {
                for (var c = 0; c < last.Length; c++)
                {
                    scaled[c] = last[c] / Temperatures[t];
                }

                PerceptronModel.Softmax(scaled);
                nll[t] -= Math.Log(Math.Max(scaled[truth], 1e-9f));
            }
        }
    }

    private struct TrainerScorer(PerceptronTrainer trainer) : ILabelScorer
    {
        public int Mistakes { get; private set; }

        public readonly void Score(ReadOnlySpan<uint> features, Span<float> scores) => trainer.Predict(features, scores);

        public void Learn(ReadOnlySpan<uint> features, int truth, int guess)
        {
            Mistakes += truth == guess ? 0 : 1;
            trainer.Update(features, truth, guess);
        }
    }
}
