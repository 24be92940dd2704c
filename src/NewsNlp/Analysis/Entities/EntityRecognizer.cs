using System.Buffers;
using System.IO.Compression;
using System.Numerics.Tensors;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;
using NewsNlp.Models;
using NewsNlp.Output;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The trained name recogniser: a BILOU averaged perceptron over one sentence's tokens, trained with
/// greedy decoding and read with a BILOU-constrained beam search (<see cref="ViterbiDecoder"/>). Immutable, so one instance (<see cref="Shared"/>) serves all threads; scratch space is
/// pooled per call, so recognising allocates nothing beyond the results the caller collects.
/// </summary>
public sealed class EntityRecognizer : INameRecognizer
{
    public const string ModelFile = "ner.bin";

    private const string Magic = "NNLP-NER";
    // 2: the word lexicon carries cluster paths (1 had none; still read, as a model without cluster features).
    private const int FormatVersion = 2;

    private static readonly Lazy<EntityRecognizer> SharedInstance = new(() => Load(ModelLocator.PathOf(ModelFile)));

    private readonly PerceptronModel _model;
    private readonly bool _usesMemory;

    // Each thread's memo of per-word weight sums (a loaded model's weights never change; null otherwise).
    private readonly ThreadLocal<NerWordCache>? _wordCaches;

    // Each thread's context rows of the sentence being searched (a loaded model; null otherwise).
    private readonly ThreadLocal<NerContextRows>? _contextRows;

    // The sums of the label-only history features (a loaded model; null otherwise).
    private readonly NerLabelSums? _labelSums;

    internal EntityRecognizer(PerceptronModel model, Gazetteer gazetteer, WordListLexicon lexicon, float temperature = 1f)
    {
        _model = model;
        Temperature = temperature;
        var types = model.Metadata.TryGetValue("types", out var t) ? t.Split(',') : [];
        Labels = new Bilou(types);
        _usesMemory = model.Metadata.GetValueOrDefault("document_features") == "yes";
        if (Labels.Count != model.ClassCount)
        {
            throw new InvalidDataException("The entity model's classes do not match its types.");
        }

        Sources = new FeatureSources(gazetteer, lexicon, model.Metadata.GetValueOrDefault("pos_features") == "yes");
        _wordCaches = model.HasIntegerWeights ? new ThreadLocal<NerWordCache>(() => new NerWordCache(model)) : null;
        _labelSums = model.HasIntegerWeights ? NerLabelSums.Build(model, types.Length) : null;
        _contextRows = model.HasIntegerWeights ? new ThreadLocal<NerContextRows>(() => new NerContextRows(model)) : null;
    }

    /// <summary>The model shipped in models/ner.bin, loaded once per process on first use.</summary>
    public static EntityRecognizer Shared => SharedInstance.Value;

    public IReadOnlyList<string> Types => Labels.Types;

    public IReadOnlyDictionary<string, string> Metadata => _model.Metadata;

    public Gazetteer Gazetteer => Sources.Gazetteer;

    /// <summary>Trained with part-of-speech features: give it tokens the tagger has tagged (see <see cref="CorpusTokens"/>).</summary>
    public bool UsesPartOfSpeech => Sources.PartOfSpeech;

    public WordListLexicon Lexicon => Sources.Lexicon;

    /// <summary>Scores are divided by this before the softmax that gives confidences (set on dev data by the trainer).</summary>
    public float Temperature { get; }

    internal PerceptronModel Model => _model;

    internal EntityRecognizer WithTemperature(float temperature) => new(_model, Gazetteer, Lexicon, temperature);

    internal FeatureSources Sources { get; }

    internal Bilou Labels { get; }

    public static EntityRecognizer Load(string path)
    {
        using var file = ModelLocator.OpenModel(path, "Entity model", "newsnlp train ner --seed 1");
        return Load(file);
    }

    /// <summary>Reads the file <see cref="Save(Stream)"/> writes: a header, the perceptron, then the word lexicon.</summary>
    public static EntityRecognizer Load(Stream stream)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var version = r.ReadString() == Magic ? r.ReadInt32() : -1;
        if (version is not (1 or FormatVersion))
        {
            throw new InvalidDataException("Not a NewsNlp entity model, or a newer format.");
        }

        var temperature = r.ReadSingle();
        var model = PerceptronModel.Load(new MemoryStream(r.ReadBytes(r.ReadInt32())));
        using var inflate = new ZLibStream(new MemoryStream(r.ReadBytes(r.ReadInt32())), CompressionMode.Decompress);
        using var lexiconReader = new BinaryReader(new BufferedStream(inflate, 1 << 16));
        var lexicon = WordListLexicon.Read(lexiconReader, withClusters: version >= 2);
        return new EntityRecognizer(model, Gazetteer.Default, lexicon, temperature);
    }

    public void Save(string path)
    {
        using var file = new AtomicFile(path);
        Save(file.Stream);
        file.Commit();
    }

    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Temperature);
        foreach (var part in new Action<Stream>[] { _model.Save, SaveLexicon })
        {
            using var buffer = new MemoryStream();
            part(buffer);
            w.Write((int)buffer.Length);
            w.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    private void SaveLexicon(Stream stream)
    {
        using var deflate = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(deflate);
        Lexicon.Write(w, withClusters: true);
    }

    /// <summary>
    /// Finds the names in one sentence's tokens and appends them to <paramref name="output"/>. Pass the
    /// same <paramref name="memory"/> for every sentence of a document, in order (or null). When
    /// <paramref name="hits"/> is given (one per token), it receives the gazetteer matches the features used.
    /// </summary>
    public void Recognize(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, DocumentMemory? memory, List<RecognizedName> output, Span<GazetteerHit> hits = default) =>
        RecognizeBlended(text, tokens, memory, output, default, hits);

    void INameRecognizer.Recognize(string text, ReadOnlySpan<Token> tokens, DocumentMemory? memory, List<RecognizedName> output, Span<GazetteerHit> hits) =>
        Recognize(text.AsSpan(), tokens, memory, output, hits);

    /// <summary>
    /// <see cref="Recognize(ReadOnlySpan{char}, ReadOnlySpan{Token}, DocumentMemory?, List{RecognizedName}, Span{GazetteerHit})"/> with <paramref name="tokenScores"/> (tokens × labels, row-major; empty for none)
    /// added to each token's calibrated scores before the search turns them into probabilities: a product of
    /// experts, as the accurate recogniser adds its contextual head's weighted log-probabilities.
    /// </summary>
    internal void RecognizeBlended(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, DocumentMemory? memory, List<RecognizedName> output, ReadOnlyMemory<float> tokenScores, Span<GazetteerHit> hits = default)
    {
        if (tokens.IsEmpty)
        {
            return;
        }

        var labels = ArrayPool<int>.Shared.Rent(tokens.Length);
        var confidences = ArrayPool<float>.Shared.Rent(tokens.Length);
        try
        {
            var scorer = new ModelScorer(_model, 1f / Temperature, _wordCaches?.Value, _labelSums, _contextRows?.Value, tokenScores);
            ViterbiDecoder.Decode(ref scorer, Labels.Count, Sources, text, tokens, _usesMemory ? memory : null, labels, confidences.AsSpan(0, tokens.Length), hits);
            var found = output.Count;
            CollectSpans(labels.AsSpan(0, tokens.Length), confidences, output);
            OrganisationNames.Apply(text, tokens, output, found);
            NameHeads.Apply(text, tokens, Lexicon, output, found);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<float>.Shared.Return(confidences);
        }
    }

    /// <summary>
    /// Reads spans off the labels leniently: a span starts at B or U, or at an I or L that does not
    /// continue a span of its type, and ends at L or U, or before any label that does not continue it.
    /// </summary>
    private void CollectSpans(ReadOnlySpan<int> labels, float[] confidences, List<RecognizedName> output)
    {
        var start = -1;
        var type = -1;
        var confidence = 1f;
        for (var i = 0; i < labels.Length; i++)
        {
            var position = Bilou.PositionOf(labels[i]);
            var continues = start >= 0 && Bilou.TypeOf(labels[i]) == type && position is BilouPosition.Inside or BilouPosition.Last;
            if (start >= 0 && !continues)
            {
                output.Add(new RecognizedName(start, i, Labels.Types[type], confidence));
                start = -1;
            }

            if (position == BilouPosition.Outside)
            {
                continue;
            }

            if (start < 0)
            {
                start = i;
                type = Bilou.TypeOf(labels[i]);
                confidence = 1f;
            }

            // A name is as sure as its least sure token.
            confidence = Math.Min(confidence, confidences[i]);
            if (position is BilouPosition.Last or BilouPosition.Unit)
            {
                output.Add(new RecognizedName(start, i + 1, Labels.Types[type], confidence));
                start = -1;
            }
        }

        if (start >= 0)
        {
            output.Add(new RecognizedName(start, labels.Length, Labels.Types[type], confidence));
        }
    }

    /// <summary>
    /// Scores with the averaged weights, scaled by 1/temperature (which leaves the best label unchanged);
    /// with a <paramref name="cache"/>, a token's per-word sums come from it and only its context features are read,
    /// with <paramref name="labelSums"/> a history's label-only features are read as summed rows, and with
    /// <paramref name="context"/> (and a <paramref name="cache"/>) a token's context rows are looked up for the whole sentence first;
    /// <paramref name="tokenScores"/> (tokens × labels) are added to each token's scaled scores.
    /// </summary>
    internal readonly struct ModelScorer(PerceptronModel model, float scale, NerWordCache? cache = null, NerLabelSums? labelSums = null, NerContextRows? context = null, ReadOnlyMemory<float> tokenScores = default) : ILabelScorer
    {
        public void Prepare(in SentenceView view, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
        {
            if (cache != null)
            {
                context?.Prepare(view, text, tokens);
            }
        }

        public void Score(ReadOnlySpan<uint> features, Span<float> scores)
        {
            model.Score(features, scores);
            Rescale(scores);
        }

        public void ScoreStatic(in SentenceView view, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, Span<uint> features, Span<float> scores)
        {
            if (cache == null)
            {
                Score(features[..NerFeatures.ExtractStatic(view, text, tokens, i, features)], scores);
            }
            else
            {
                Span<int> sums = stackalloc int[model.ClassCount];
                sums.Clear();
                cache.AddWord(view, text, tokens, i, sums, features);
                cache.AddNeighbours(view, i, sums, features);
                var rest = context != null && context.TryAdd(text, tokens, i, sums) ? 0 : NerFeatures.ExtractStatic(view, text, tokens, i, features, StaticParts.Context);
                model.ScoreOnTop(sums, features[..rest], scores);
                Rescale(scores);
            }

            if (!tokenScores.IsEmpty)
            {
                TensorPrimitives.Add(scores, tokenScores.Span.Slice(i * scores.Length, scores.Length), scores);
            }
        }

        public void ScoreHistory(in SentenceView view, ReadOnlySpan<Token> tokens, int i, int previous, int beforePrevious, int documentLabel, Span<uint> features, Span<float> scores)
        {
            if (labelSums == null)
            {
                Score(features[..NerFeatures.ExtractHistory(view, tokens, i, previous, beforePrevious, documentLabel, features)], scores);
                return;
            }

            Span<int> sums = stackalloc int[model.ClassCount];
            sums.Clear();
            labelSums.Add(previous, beforePrevious, documentLabel, sums);
            var rest = cache != null && context != null && context.TryAddHistory(tokens, i, previous, sums) ? 0 : NerFeatures.ExtractWordHistory(view, tokens, i, previous, features);
            model.ScoreOnTop(sums, features[..rest], scores);
            Rescale(scores);
        }

        private void Rescale(Span<float> scores)
        {
            for (var c = 0; c < scores.Length; c++)
            {
                scores[c] *= scale;
            }
        }

        public void Learn(ReadOnlySpan<uint> features, int truth, int guess)
        {
        }
    }
}
