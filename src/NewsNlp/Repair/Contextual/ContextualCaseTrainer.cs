using NewsNlp.Stance;

namespace NewsNlp.Repair.Contextual;

/// <summary>Settings of <see cref="ContextualCaseTrainer.Train"/>.</summary>
/// <param name="Seed">Seeds the partial damage and the network's initialisation and order.</param>
/// <param name="Epochs">Training passes over the rows.</param>
/// <param name="Hidden">Hidden units of the network.</param>
/// <param name="HeadWeight">The head's share when mixed with the fast model (tuned on dev, stored in the file).</param>
/// <param name="Every">Only every Every-th document is encoded and learnt from (the transformer is slow).</param>
public sealed record ContextualCaseTraining(int Seed, int Epochs = 4, int Hidden = 64, float HeadWeight = 0.85f, int Every = 1);

/// <summary>
/// Trains the accurate truecaser's head (<see cref="ContextualCaseHead"/>) from correctly cased documents.
/// Each document gives two damaged copies — wholly lower-cased, as the truecasing benchmark is, and with
/// some capitalised words lowered, as damaged articles are — and one row per word the fast model would
/// decide in accurate mode (<see cref="Truecaser.IsCandidate"/>), labelled with the original's class. The transformer is
/// uncased, so both copies share one encoding, sentence by sentence as the accurate mode encodes. Lexicon statistics
/// are cross-fitted as the fast model's are (<see cref="TruecaseTrainer.CrossFittedLexicons"/>).
/// Deterministic for the same documents, vectors and seed.
/// </summary>
public static class ContextualCaseTrainer
{
    // Documents encoded at once: enough for the transformer's batches, few enough to log progress.
    private const int EncodingBatch = 64;

    /// <summary>Labelled input rows of <see cref="CaseHeadInputs"/>.</summary>
    public sealed record Rows(List<float[]> Inputs, List<int> Classes);

    public static ContextualCaseHead Train(IReadOnlyList<string> documents, CaseLexicon[] lexicons, IContextualWordVectors vectors, ContextualCaseTraining settings, IReadOnlyDictionary<string, string> metadata, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var rows = BuildRows(documents, lexicons, vectors, settings.Seed, settings.Every, log);
        var counts = Enumerable.Range(0, ContextualCaseHead.ClassCount).Select(c => rows.Classes.Count(x => x == c));
        log?.Invoke($"{rows.Inputs.Count} rows (lower / Title / UPPER: {string.Join(" / ", counts)})");
        var network = PortrayalMlp.Train(rows.Inputs, rows.Classes, ContextualCaseHead.ClassCount, settings.Hidden, settings.Epochs, settings.Seed, (epoch, _) => log?.Invoke($"epoch {epoch} done"));
        return new ContextualCaseHead(network, vectors.Dimensions, settings.HeadWeight, metadata);
    }

    /// <summary>
    /// The training rows of every <paramref name="every"/>-th document of <paramref name="documents"/>;
    /// document d is featurised with <paramref name="lexicons"/>[d % 2], built without it.
    /// </summary>
    public static Rows BuildRows(IReadOnlyList<string> documents, CaseLexicon[] lexicons, IContextualWordVectors vectors, int seed, int every = 1, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(vectors);
        var random = new Random(seed);
        var rows = new Rows([], []);
        var chosen = Enumerable.Range(0, documents.Count).Where(d => d % Math.Max(1, every) == 0).ToList();
        for (var first = 0; first < chosen.Count; first += EncodingBatch)
        {
            // The wholly lower-cased copy is scanned and cut into sentences as the accurate mode will
            // cut a damaged text; the other copy's words take their vectors by position.
            var batch = chosen.GetRange(first, Math.Min(EncodingBatch, chosen.Count - first));
            var lowered = batch.ConvertAll(d => TruecaseTrainer.LowerAll(documents[d]));
            var scanned = lowered.ConvertAll(Scan);
            var sentences = lowered.Select((text, k) => SentenceSpans.Of(text, scanned[k]).ConvertAll(s => SentenceSpans.Span(text, scanned[k], s))).ToList();
            var encoded = vectors.Vectors([.. sentences.SelectMany(s => s)]);
            var next = 0;
            for (var k = 0; k < batch.Count; k++)
            {
                var byRange = new Dictionary<(int, int), float[]>(scanned[k].Count);
                foreach (var span in sentences[k])
                {
                    var spanVectors = encoded[next++];
                    for (var w = 0; w < span.Words.Count; w++)
                    {
                        byRange[span.Words[w]] = spanVectors[w];
                    }
                }

                var original = documents[batch[k]];
                var lexicon = lexicons[batch[k] % 2];
                AddRows(original, lowered[k], scanned[k], lexicon, byRange, vectors.Dimensions, rows);
                var partly = TruecaseTrainer.LowerSome(original, random);
                AddRows(original, partly, Scan(partly), lexicon, byRange, vectors.Dimensions, rows);
            }

            log?.Invoke($"{first + batch.Count} of {chosen.Count} documents, {rows.Inputs.Count} rows");
        }

        return rows;
    }

    private static List<WordToken> Scan(string text)
    {
        var words = new List<WordToken>();
        WordScanner.Scan(text, words);
        return words;
    }

    private static void AddRows(string original, string observed, List<WordToken> words, CaseLexicon lexicon, Dictionary<(int, int), float[]> vectors, int dimensions, Rows rows)
    {
        var entries = TruecaseFeatures.LowerCaseEntries(observed, words, lexicon);
        var mode = TruecaseFeatures.DocumentMode(observed, words, entries);
        for (var i = 0; i < words.Count; i++)
        {
            var entry = entries[i];
            if (!Truecaser.IsCandidate(words[i], entry, accurate: true) || !vectors.TryGetValue((words[i].Start, words[i].End), out var vector) || vector.Length != dimensions)
            {
                continue;
            }

            // Mixed forms are the lexicon's to give, as in the fast model: taught as Title.
            var truth = Truecaser.ClassOf(original.AsSpan(words[i].Start, words[i].Length), entry);
            var row = new float[CaseHeadInputs.Length(dimensions)];
            CaseHeadInputs.Fill(observed, words, i, entries, mode, vector, row);
            rows.Inputs.Add(row);
            rows.Classes.Add(truth == 3 ? 1 : truth);
        }
    }
}
