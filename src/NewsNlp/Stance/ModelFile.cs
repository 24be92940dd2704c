using NewsNlp.Models;

namespace NewsNlp.Stance;

/// <summary>
/// Saves and loads <see cref="Classifier"/>s in the project's compressed container: labels, each
/// n-gram block's hashes, dense scales, biases and the 16-bit weights. Everything is written in a fixed
/// order, so the same model gives the same bytes.
/// </summary>
public static class ModelFile
{
    private const string Magic = "NNLP-LINEAR";
    private const int FormatVersion = 1;

    public static void Save(TrainedClassifier trained, string path) => Save(trained?.Classifier ?? throw new ArgumentNullException(nameof(trained)), path);

    public static void Save(Classifier classifier, string path)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        WriteFile(path, Magic, FormatVersion, w => Write(w, classifier));
    }

    /// <summary>
    /// Writes a container file through a temporary file, so a crash never leaves half a model behind;
    /// <paramref name="write"/> fills it after the header.
    /// </summary>
    internal static void WriteFile(string path, string magic, int formatVersion, Action<BinaryWriter> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        using (var w = CompressedModelFile.OpenWriter(stream, magic, formatVersion))
        {
            write(w);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The classifier's labels, vocabulary, dense scales, biases and 16-bit weights, in a fixed order.</summary>
    internal static void Write(BinaryWriter w, Classifier classifier)
    {
        w.Write(classifier.Labels.Count);
        foreach (var label in classifier.Labels)
        {
            w.Write(label);
        }

        var space = classifier.Features;
        w.Write(space.Blocks.Length);
        foreach (var block in space.Blocks)
        {
            w.Write(block.Length);
            foreach (var hash in block)
            {
                w.Write(hash);
            }
        }

        w.Write(space.DenseScales.Length);
        foreach (var scale in space.DenseScales)
        {
            w.Write(scale);
        }

        foreach (var bias in classifier.Biases)
        {
            w.Write(bias);
        }

        var step = classifier.QuantisationStep;
        var quantised = WeightQuantisation.Quantise(classifier.Weights, step);
        w.Write(step);
        foreach (var q in quantised)
        {
            w.Write(q);
        }
    }

    /// <summary>Loads a model saved by <see cref="Save(Classifier, string)"/>; a missing or unreadable file is a clear error.</summary>
    public static Classifier Load(string path) => ReadFile(path, Magic, FormatVersion, "stance/portrayal model", Read);

    /// <summary>Reads a container file past its header; a missing or foreign file is a clear error.</summary>
    internal static T ReadFile<T>(string path, string magic, int formatVersion, string what, Func<BinaryReader, T> read) =>
        ReadFile(path, magic, formatVersion, formatVersion, what, (r, _) => read(r));

    /// <summary>Reads a container file of any format from <paramref name="oldest"/> to <paramref name="newest"/>; <paramref name="read"/> is told which.</summary>
    internal static T ReadFile<T>(string path, string magic, int oldest, int newest, string what, Func<BinaryReader, int, T> read)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Model file not found: {path}. Train it with 'newsnlp train' or check NEWSNLP_MODELS.", path);
        }

        using var stream = File.OpenRead(path);
        using var r = CompressedModelFile.OpenReader(stream, magic, oldest, newest, what, out var formatVersion);
        return read(r, formatVersion);
    }

    /// <summary>A classifier as <see cref="Write"/> stored it.</summary>
    internal static Classifier Read(BinaryReader r)
    {
        var labels = new string[r.ReadInt32()];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = r.ReadString();
        }

        var blocks = new ulong[r.ReadInt32()][];
        for (var b = 0; b < blocks.Length; b++)
        {
            blocks[b] = new ulong[r.ReadInt32()];
            for (var i = 0; i < blocks[b].Length; i++)
            {
                blocks[b][i] = r.ReadUInt64();
            }
        }

        var scales = new float[r.ReadInt32()];
        for (var i = 0; i < scales.Length; i++)
        {
            scales[i] = r.ReadSingle();
        }

        var biases = new float[labels.Length];
        for (var i = 0; i < biases.Length; i++)
        {
            biases[i] = r.ReadSingle();
        }

        var space = FeatureSpace.Create(blocks, scales);
        var step = r.ReadSingle();
        var quantised = new short[space.Count * labels.Length];
        for (var i = 0; i < quantised.Length; i++)
        {
            quantised[i] = r.ReadInt16();
        }

        return Classifier.FromQuantised(space, labels, quantised, step, biases);
    }
}
