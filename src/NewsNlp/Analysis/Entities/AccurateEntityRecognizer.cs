using System.Globalization;
using NewsNlp.Analysis.Contextual;
using NewsNlp.Documents;
using NewsNlp.Models;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The accurate recogniser (`--ner-model accurate`): the fast perceptron's search with, for every token,
/// its contextual head's log-probabilities times its type's weight (<see cref="TypeWeights"/>; O's is
/// <see cref="Weight"/>) added to the perceptron's calibrated scores (a product of the two models, tuned on
/// dev). The head reads all-MiniLM-L6-v2's contextual vectors of the layer it was trained on
/// (<see cref="ContextualEncoder"/>), which costs far more than the perceptron: roughly a thousand tokens per
/// second per core instead of a million. Thread-safe; <see cref="Shared"/> is loaded once per process.
/// </summary>
public sealed class AccurateEntityRecognizer : INameRecognizer
{
    public const string ModelFile = "ner-accurate.bin";

    /// <summary>
    /// Sentences of a document encoded together (<see cref="Vectors"/>): enough for the encoder to fill its
    /// batched runs with sentences of similar length, few enough that their vectors (≈ 1.5 KB a token) stay small.
    /// </summary>
    public const int SentencesPerBatch = 64;

    private static readonly Lazy<AccurateEntityRecognizer> SharedInstance =
        new(() => new AccurateEntityRecognizer(EntityRecognizer.Shared, NerHead.Load(ModelLocator.PathOf(ModelFile))), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ContextualVectorCache? _cache;
    private readonly float[] _labelWeights;

    /// <param name="fast">The perceptron the head was tuned with (models/ner.bin).</param>
    /// <param name="head">The contextual head.</param>
    /// <param name="cache">Where to keep vectors between runs (training and evaluation); null encodes every sentence.</param>
    /// <param name="weight">The head's weight; by default the one tuned on dev, from the head's metadata.</param>
    /// <param name="priorShare">How much of the label prior is taken out of the head's log-probabilities (0 or 1; by default from the metadata).</param>
    /// <param name="typeWeights">The head's weight on each type's labels, in the head's type order (by default from the metadata, else <paramref name="weight"/> for every type); O keeps <paramref name="weight"/>.</param>
    public AccurateEntityRecognizer(EntityRecognizer fast, NerHead head, ContextualVectorCache? cache = null, float? weight = null, float? priorShare = null, IReadOnlyList<float>? typeWeights = null)
    {
        ArgumentNullException.ThrowIfNull(fast);
        ArgumentNullException.ThrowIfNull(head);
        if (!fast.Types.SequenceEqual(head.Types))
        {
            throw new InvalidDataException("The contextual entity head was trained for other types than the fast model's.");
        }

        Fast = fast;
        Head = head;
        _cache = cache;
        ContextualEncoder.Reserve(head.EncoderLayer); // before any text is encoded: see ContextualEncoder.Reserve
        Weight = weight ?? (float.TryParse(head.Metadata.GetValueOrDefault("weight"), CultureInfo.InvariantCulture, out var w) ? w : 1f);
        PriorShare = priorShare ?? (float.TryParse(head.Metadata.GetValueOrDefault("prior_share"), CultureInfo.InvariantCulture, out var p) ? p : 0f);
        TypeWeights = typeWeights?.ToArray() ?? ParseTypeWeights(head.Metadata.GetValueOrDefault("type_weights"), head.Types.Count) ?? [.. head.Types.Select(_ => Weight)];
        if (TypeWeights.Count != head.Types.Count)
        {
            throw new ArgumentException("One weight per entity type is needed.", nameof(typeWeights));
        }

        _labelWeights = new float[head.Labels.Count];
        for (var label = 0; label < _labelWeights.Length; label++)
        {
            _labelWeights[label] = label == 0 ? Weight : TypeWeights[Bilou.TypeOf(label)];
        }
    }

    /// <summary>The shipped models (models/ner.bin and models/ner-accurate.bin), loaded on first use.</summary>
    public static AccurateEntityRecognizer Shared => SharedInstance.Value;

    public EntityRecognizer Fast { get; }

    public NerHead Head { get; }

    /// <summary>How much the head's log-probabilities count against the perceptron's calibrated scores.</summary>
    public float Weight { get; }

    /// <summary>How much of the training label prior is taken out of the head's log-probabilities.</summary>
    public float PriorShare { get; }

    /// <summary>
    /// The head's weight on each type's labels (head type order). One weight for all can be wrong for a type
    /// whose head probabilities are less reliable than the perceptron's (organisations, in news).
    /// </summary>
    public IReadOnlyList<float> TypeWeights { get; }

    /// <summary>The metadata form of <paramref name="weights"/> ("0.4,0.2,0.4"), which the constructor reads back.</summary>
    public static string FormatTypeWeights(IEnumerable<float> weights) => string.Join(',', weights.Select(w => w.ToString(CultureInfo.InvariantCulture)));

    private static float[]? ParseTypeWeights(string? text, int types)
    {
        var parts = text?.Split(',') ?? [];
        var weights = new float[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!float.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out weights[i]))
            {
                return null;
            }
        }

        return weights.Length == types ? weights : null;
    }

    public bool UsesPartOfSpeech => Fast.UsesPartOfSpeech;

    public Gazetteer Gazetteer => Fast.Gazetteer;

    public Tagging.WordListLexicon Lexicon => Fast.Lexicon;

    public void Recognize(string text, ReadOnlySpan<Token> tokens, DocumentMemory? memory, List<RecognizedName> output, Span<GazetteerHit> hits = default)
    {
        if (tokens.IsEmpty)
        {
            return;
        }

        Recognize(text, tokens, Vectors([EntityVectors.InputOf(text, tokens)])[0], memory, output, hits);
    }

    /// <summary>
    /// The vectors of several sentences (<see cref="EntityVectors.InputOf"/>), in order, made together: the
    /// encoder runs them in batches, several times faster per token than one run per sentence.
    /// </summary>
    public ContextualVectors[] Vectors(IReadOnlyList<ContextualInput> sentences) => ContextualVectorCache.Encode(_cache, sentences, encoder: Head.Encoder);

    /// <summary>As <see cref="Recognize(string, ReadOnlySpan{Token}, DocumentMemory?, List{RecognizedName}, Span{GazetteerHit})"/> with the sentence's vectors already made (one per token; <see cref="Vectors"/>).</summary>
    public void Recognize(string text, ReadOnlySpan<Token> tokens, ContextualVectors vectors, DocumentMemory? memory, List<RecognizedName> output, Span<GazetteerHit> hits = default)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (tokens.IsEmpty)
        {
            return;
        }

        var scores = new float[tokens.Length * Head.Labels.Count];
        Head.LogProbabilities(vectors, text, tokens, _labelWeights, PriorShare, scores);
        Fast.RecognizeBlended(text, tokens, memory, output, scores, hits);
    }
}
