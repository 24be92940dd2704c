using NewsNlp.Models;
using NewsNlp.Stance;

namespace NewsNlp.Repair.Contextual;

/// <summary>
/// The accurate truecaser's model (<c>truecase-accurate.bin</c>): a one-hidden-layer perceptron over a
/// word's contextual vector and <see cref="CaseHeadInputs"/>, predicting lower / Title / UPPER, whose
/// probabilities are mixed with the fast model's by <see cref="HeadWeight"/> (tuned on dev). Mixed forms
/// still come from the lexicon. Immutable after loading; thread-safe.
/// </summary>
public sealed class ContextualCaseHead
{
    public const string FileName = "truecase-accurate.bin";

    /// <summary>lower, Title, UPPER: the first three of <see cref="Truecaser.Classes"/>.</summary>
    public const int ClassCount = 3;

    private const string Magic = "NewsNlp.TruecaseHead";
    private const int FormatVersion = 1;

    public ContextualCaseHead(PortrayalMlp network, int dimensions, float headWeight, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.InputCount != CaseHeadInputs.Length(dimensions) || network.ClassCount != ClassCount)
        {
            throw new ArgumentException($"The network takes {network.InputCount} inputs and {network.ClassCount} classes; a head over {dimensions}-float vectors needs {CaseHeadInputs.Length(dimensions)} and {ClassCount}.", nameof(network));
        }

        Network = network.Quantised();
        Dimensions = dimensions;
        HeadWeight = Math.Clamp(headWeight, 0f, 1f);
        Metadata = new SortedDictionary<string, string>(metadata.ToDictionary(), StringComparer.Ordinal);
    }

    public PortrayalMlp Network { get; }

    /// <summary>The length of the contextual vectors the head was trained on.</summary>
    public int Dimensions { get; }

    /// <summary>The head's share of the mixed probabilities (the fast model has the rest).</summary>
    public float HeadWeight { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The same head with another mixing weight (for tuning on dev).</summary>
    public ContextualCaseHead WithHeadWeight(float headWeight) => new(Network, Dimensions, headWeight, Metadata);

    /// <summary>lower / Title / UPPER probabilities of one input row.</summary>
    public float[] Predict(ReadOnlySpan<float> row) => Network.Predict(row);

    /// <summary>
    /// Mixes the head's probabilities for <paramref name="row"/> into the fast model's
    /// <paramref name="probabilities"/> (one per <see cref="Truecaser.Classes"/>, summing to 1).
    /// </summary>
    public void Mix(ReadOnlySpan<float> row, Span<float> probabilities)
    {
        var head = Predict(row);
        for (var c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] = ((1 - HeadWeight) * probabilities[c]) + (c < ClassCount ? HeadWeight * head[c] : 0);
        }
    }

    public void Save(Stream stream)
    {
        using var writer = CompressedModelFile.OpenWriter(stream, Magic, FormatVersion);
        writer.Write(Dimensions);
        writer.Write(HeadWeight);
        writer.Write(Metadata.Count);
        foreach (var (key, value) in Metadata)
        {
            writer.Write(key);
            writer.Write(value);
        }

        Network.Write(writer);
    }

    public static ContextualCaseHead Load(Stream stream)
    {
        using var reader = CompressedModelFile.OpenReader(stream, Magic, FormatVersion, "accurate truecasing model");
        var dimensions = reader.ReadInt32();
        var headWeight = reader.ReadSingle();
        var count = reader.ReadInt32();
        if (dimensions is <= 0 or > 1 << 14 || count is < 0 or > 1000)
        {
            throw new InvalidDataException($"Not a NewsNlp accurate truecasing model: {dimensions} dimensions, {count} metadata entries.");
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            metadata[reader.ReadString()] = reader.ReadString();
        }

        return new ContextualCaseHead(PortrayalMlp.Read(reader), dimensions, headWeight, metadata);
    }
}
