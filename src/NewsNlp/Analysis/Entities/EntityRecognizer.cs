using System.Buffers;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;
using NewsNlp.Models;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The trained name recogniser: a BILOU averaged perceptron with greedy decoding over one sentence's
/// tokens. Immutable, so one instance (<see cref="Shared"/>) serves all threads; scratch space is
/// pooled per call, so recognising allocates nothing beyond the results the caller collects.
/// </summary>
public sealed class EntityRecognizer
{
    public const string ModelFile = "ner.bin";

    private static readonly Lazy<EntityRecognizer> SharedInstance = new(() => Load(ModelLocator.PathOf(ModelFile)));

    private readonly PerceptronModel _model;
    private readonly bool _usesMemory;

    internal EntityRecognizer(PerceptronModel model, Gazetteer gazetteer)
    {
        _model = model;
        Gazetteer = gazetteer;
        var types = model.Metadata.TryGetValue("types", out var t) ? t.Split(',') : [];
        Labels = new Bilou(types);
        _usesMemory = model.Metadata.GetValueOrDefault("document_features") == "yes";
        if (Labels.Count != model.ClassCount)
        {
            throw new InvalidDataException("The entity model's classes do not match its types.");
        }
    }

    /// <summary>The model shipped in models/ner.bin, loaded once per process on first use.</summary>
    public static EntityRecognizer Shared => SharedInstance.Value;

    public IReadOnlyList<string> Types => Labels.Types;

    public IReadOnlyDictionary<string, string> Metadata => _model.Metadata;

    public Gazetteer Gazetteer { get; }

    internal Bilou Labels { get; }

    public static EntityRecognizer Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Entity model not found: {path}. Train it with `newsnlp train ner --seed N`.", path);
        }

        return new EntityRecognizer(PerceptronModel.Load(path), Gazetteer.Default);
    }

    public static EntityRecognizer Load(Stream stream) => new(PerceptronModel.Load(stream), Gazetteer.Default);

    public void Save(string path) => _model.Save(path);

    public void Save(Stream stream) => _model.Save(stream);

    /// <summary>
    /// Finds the names in one sentence's tokens and appends them to <paramref name="output"/>. Pass the
    /// same <paramref name="memory"/> for every sentence of a document, in order (or null).
    /// </summary>
    public void Recognize(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, DocumentMemory? memory, List<RecognizedName> output)
    {
        if (tokens.IsEmpty)
        {
            return;
        }

        var labels = ArrayPool<int>.Shared.Rent(tokens.Length);
        var confidences = ArrayPool<float>.Shared.Rent(tokens.Length);
        try
        {
            var scorer = new ModelScorer(_model);
            GreedyDecoder.Decode(ref scorer, Labels.Count, Gazetteer, text, tokens, _usesMemory ? memory : null, labels, confidences.AsSpan(0, tokens.Length), default);
            CollectSpans(labels.AsSpan(0, tokens.Length), confidences, output);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<float>.Shared.Return(confidences);
        }
    }

    private void CollectSpans(ReadOnlySpan<int> labels, float[] confidences, List<RecognizedName> output)
    {
        var start = -1;
        var confidence = 1f;
        for (var i = 0; i < labels.Length; i++)
        {
            var position = Bilou.PositionOf(labels[i]);
            if (position is BilouPosition.Begin or BilouPosition.Unit)
            {
                start = i;
                confidence = 1f;
            }

            if (start < 0)
            {
                continue;
            }

            // A name is as sure as its least sure token.
            confidence = Math.Min(confidence, confidences[i]);
            if (position is BilouPosition.Last or BilouPosition.Unit)
            {
                output.Add(new RecognizedName(start, i + 1, Labels.Types[Bilou.TypeOf(labels[i])], confidence));
                start = -1;
            }
        }
    }

    private readonly struct ModelScorer(PerceptronModel model) : ILabelScorer
    {
        public void Score(ReadOnlySpan<uint> features, Span<float> scores) => model.Score(features, scores);

        public void Learn(ReadOnlySpan<uint> features, int truth, int guess)
        {
        }
    }
}
