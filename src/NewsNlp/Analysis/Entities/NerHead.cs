using NewsNlp.Models;
using System.Numerics.Tensors;
using NewsNlp.Analysis.Contextual;
using NewsNlp.Documents;
using NewsNlp.Output;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The contextual head of the accurate recogniser: a small network from <see cref="NerHeadFeatures"/> to
/// the BILOU labels of the fast model's types (one hidden layer of rectified linear units, then a softmax).
/// Its weights are stored as 16-bit integers with one scale per row. Immutable and thread-safe.
/// </summary>
public sealed class NerHead
{
    private const string Magic = "NNLP-NER-CTX";
    private const int FormatVersion = 1;
    private const int Dimensions = ContextualEncoder.Dimensions;

    private readonly NerHeadLayers _layers;
    private readonly float[] _mean;
    private readonly float[] _inverseDeviation;
    private readonly float[] _logPrior;

    internal NerHead(IReadOnlyList<string> types, NerHeadLayers layers, float[] mean, float[] inverseDeviation, float[] logPrior, IReadOnlyDictionary<string, string> metadata)
    {
        Labels = new Bilou(types);
        if (layers.Labels != Labels.Count || logPrior.Length != Labels.Count || mean.Length != Dimensions || inverseDeviation.Length != Dimensions)
        {
            throw new InvalidDataException("The contextual entity head's sizes do not match its labels.");
        }

        _layers = layers;
        _mean = mean;
        _inverseDeviation = inverseDeviation;
        _logPrior = logPrior;
        Metadata = metadata;
    }

    internal Bilou Labels { get; }

    public IReadOnlyList<string> Types => Labels.Types;

    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Whose hidden state the head reads (metadata "encoder_layer"; heads without it read the last layer).</summary>
    public int EncoderLayer => int.TryParse(Metadata.GetValueOrDefault("encoder_layer"), System.Globalization.CultureInfo.InvariantCulture, out var layer)
        && layer is >= 1 and <= ContextualEncoder.LastLayer ? layer : ContextualEncoder.LastLayer;

    /// <summary>The shared encoder of the layer the head reads.</summary>
    public ContextualEncoder Encoder => ContextualEncoder.ForLayer(EncoderLayer);

    internal ReadOnlySpan<float> Mean => _mean;

    internal ReadOnlySpan<float> InverseDeviation => _inverseDeviation;

    /// <summary>
    /// Writes, for each token, the log-probability of each label (tokens.Length × label count, row-major),
    /// less <paramref name="priorShare"/> times the label's log-frequency in training, times the label's
    /// weight in <paramref name="labelWeights"/> into <paramref name="output"/>. Taking out the prior (a scaled likelihood, as
    /// hybrid speech recognisers do) keeps the product with the perceptron from counting how rare names are twice.
    /// </summary>
    public void LogProbabilities(ContextualVectors vectors, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<float> labelWeights, float priorShare, Span<float> output)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var labels = Labels.Count;
        ArgumentOutOfRangeException.ThrowIfNotEqual(labelWeights.Length, labels);
        // Judged over the sentence, as in training (NerHeadTrainer): the text passed in may be the whole
        // article, whose other sentences say nothing about this one's casing.
        var uncased = tokens.Length == 0 || NerHeadFeatures.IsUncased(text[tokens[0].Start..tokens[^1].End]);
        var x = new float[NerHeadFeatures.Size];
        var hidden = new float[_layers.HiddenUnits];
        for (var i = 0; i < tokens.Length; i++)
        {
            NerHeadFeatures.Fill(vectors, _mean, _inverseDeviation, text, tokens, uncased, i, x);
            var row = output.Slice(i * labels, labels);
            _layers.Forward(x, hidden, row);
            var logSum = LogSumExp(row);
            for (var c = 0; c < labels; c++)
            {
                row[c] = labelWeights[c] * (row[c] - logSum - (priorShare * _logPrior[c]));
            }
        }
    }

    internal static float LogSumExp(ReadOnlySpan<float> logits)
    {
        var max = TensorPrimitives.Max(logits);
        var sum = 0f;
        foreach (var l in logits)
        {
            sum += MathF.Exp(l - max);
        }

        return max + MathF.Log(sum);
    }

    public static NerHead Load(string path)
    {
        using var file = ModelLocator.OpenModel(path, "Accurate entity model", "newsnlp train ner-accurate --seed 1");
        return Load(file);
    }

    /// <summary>Reads what <see cref="Save(Stream)"/> writes.</summary>
    public static NerHead Load(Stream stream)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a NewsNlp contextual entity head, or a newer format.");
        }

        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var count = r.ReadInt32(); count > 0; count--)
        {
            metadata[r.ReadString()] = r.ReadString();
        }

        var types = metadata.GetValueOrDefault("types", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var labels = r.ReadInt32();
        var size = r.ReadInt32();
        var hiddenUnits = r.ReadInt32();
        if (size != NerHeadFeatures.Size || labels != new Bilou(types).Count || hiddenUnits < 1)
        {
            throw new InvalidDataException("The contextual entity head was made for other features or labels.");
        }

        var mean = ReadFloats(r, Dimensions);
        var inverseDeviation = ReadFloats(r, Dimensions);
        var logPrior = ReadFloats(r, labels);
        var layers = new NerHeadLayers(hiddenUnits, labels);
        ReadRows(r, layers.Hidden, NerHeadLayers.Inputs);
        ReadFloats(r, hiddenUnits).CopyTo(layers.HiddenBias, 0);
        ReadRows(r, layers.Output, hiddenUnits);
        ReadFloats(r, labels).CopyTo(layers.OutputBias, 0);
        return new NerHead(types, layers, mean, inverseDeviation, logPrior, metadata);
    }

    public void Save(string path)
    {
        using var file = new AtomicFile(path);
        Save(file.Stream);
        file.Commit();
    }

    /// <summary>Writes the head with its weights rounded to 16 bits (one scale per label); the same head gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        var metadata = new SortedDictionary<string, string>(Metadata.ToDictionary(), StringComparer.Ordinal) { ["types"] = string.Join(',', Types) };
        w.Write(metadata.Count);
        foreach (var (key, value) in metadata)
        {
            w.Write(key);
            w.Write(value);
        }

        w.Write(Labels.Count);
        w.Write(NerHeadFeatures.Size);
        w.Write(_layers.HiddenUnits);
        foreach (var values in new[] { _mean, _inverseDeviation, _logPrior })
        {
            WriteFloats(w, values);
        }

        WriteRows(w, _layers.Hidden, NerHeadLayers.Inputs);
        WriteFloats(w, _layers.HiddenBias);
        WriteRows(w, _layers.Output, _layers.HiddenUnits);
        WriteFloats(w, _layers.OutputBias);
    }

    /// <summary>Each row of <paramref name="columns"/> weights as a scale and 16-bit integers.</summary>
    private static void WriteRows(BinaryWriter w, float[] weights, int columns)
    {
        for (var start = 0; start < weights.Length; start += columns)
        {
            var row = weights.AsSpan(start, columns);
            var max = Math.Abs(TensorPrimitives.MaxMagnitude(row));
            var scale = max > 0 ? max / short.MaxValue : 1f;
            w.Write(scale);
            foreach (var v in row)
            {
                w.Write((short)Math.Clamp(MathF.Round(v / scale), -short.MaxValue, short.MaxValue));
            }
        }
    }

    private static void ReadRows(BinaryReader r, float[] weights, int columns)
    {
        for (var start = 0; start < weights.Length; start += columns)
        {
            var scale = r.ReadSingle();
            for (var k = 0; k < columns; k++)
            {
                weights[start + k] = r.ReadInt16() * scale;
            }
        }
    }

    private static void WriteFloats(BinaryWriter w, float[] values)
    {
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    /// <summary>This head as it reads back from its file (16-bit weights).</summary>
    internal NerHead Quantised()
    {
        using var buffer = new MemoryStream();
        Save(buffer);
        buffer.Position = 0;
        return Load(buffer);
    }

    /// <summary>The same head with other metadata.</summary>
    public NerHead WithMetadata(IReadOnlyDictionary<string, string> metadata) => new(Types, _layers, _mean, _inverseDeviation, _logPrior, metadata);

    private static float[] ReadFloats(BinaryReader r, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = r.ReadSingle();
        }

        return values;
    }
}
