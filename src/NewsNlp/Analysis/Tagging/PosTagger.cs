using System.Buffers;
using System.Text;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;
using NewsNlp.Models;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// Greedy averaged-perceptron tagger over UPOS. Frequent words that (almost) always take one tag are
/// answered from a lexicon without scoring, which is most running text and the main speed gain.
/// Immutable after loading: one instance (<see cref="Shared"/>) serves every thread.
/// </summary>
public sealed class PosTagger
{
    /// <summary>The shipped model's file name under <c>models/</c>.</summary>
    public const string ModelFileName = "pos.bin";

    private const string Magic = "NNLP-POS";
    private const int FormatVersion = 3;

    private static readonly Lazy<PosTagger> SharedInstance = new(() => Load(ModelLocator.PathOf(ModelFileName)));

    private readonly PerceptronModel _model;
    private readonly PosLexicon _lexicon;
    private readonly WordListLexicon _wordList;

    internal PosTagger(PerceptronModel model, PosLexicon lexicon, WordListLexicon wordList)
    {
        if (model.ClassCount != Classes.Count)
        {
            throw new InvalidDataException("The part-of-speech model does not have one class per UPOS tag.");
        }

        _model = model;
        _lexicon = lexicon;
        _wordList = wordList;
    }

    /// <summary>The model's classes: the UPOS names in enum order, so a class index is a <see cref="Upos"/> value.</summary>
    public static IReadOnlyList<string> Classes { get; } = Enum.GetNames<Upos>();

    /// <summary>The shipped model, loaded on first use and shared by all threads.</summary>
    public static PosTagger Shared => SharedInstance.Value;

    public IReadOnlyDictionary<string, string> Metadata => _model.Metadata;

    public PosLexicon Lexicon => _lexicon;

    public WordListLexicon WordList => _wordList;

    /// <summary>Sets <see cref="Token.Pos"/> of one sentence's tokens, which are spans of <paramref name="text"/>.</summary>
    public void Tag(string text, Span<Token> sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (sentence.IsEmpty)
        {
            return;
        }

        var rented = ArrayPool<PosFeatures.WordHashes>.Shared.Rent(sentence.Length);
        try
        {
            var words = rented.AsSpan(0, sentence.Length);
            PosFeatures.DescribeAll(text, sentence, _lexicon, _wordList, words);

            Span<uint> features = stackalloc uint[PosFeatures.Count];
            Span<float> scores = stackalloc float[Classes.Count];
            var previous = Upos.X;
            var beforePrevious = Upos.X;
            for (var i = 0; i < sentence.Length; i++)
            {
                var tag = words[i].Entry.Sure;
                if (!words[i].Entry.HasSure)
                {
                    PosFeatures.Extract(words, i, previous, beforePrevious, features);
                    tag = (Upos)_model.Predict(features, scores);
                }

                sentence[i].Pos = tag;
                beforePrevious = previous;
                previous = tag;
            }
        }
        finally
        {
            ArrayPool<PosFeatures.WordHashes>.Shared.Return(rented);
        }
    }

    public void Save(string path)
    {
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            Save(file);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Writes the lexicons (sorted, so the bytes are deterministic) followed by the perceptron weights.</summary>
    public void Save(Stream stream)
    {
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            _lexicon.Write(w);
            _wordList.Write(w);
        }

        _model.Save(stream);
    }

    public static PosTagger Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Part-of-speech model not found: {path}. Train it with `newsnlp train pos --seed 1`.", path);
        }

        using var file = new BufferedStream(File.OpenRead(path), 1 << 16);
        return Load(file);
    }

    public static PosTagger Load(Stream stream)
    {
        PosLexicon lexicon;
        WordListLexicon wordList;
        using (var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
        {
            if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("Not a NewsNlp part-of-speech model, or a newer format.");
            }

            lexicon = PosLexicon.Read(r);
            wordList = WordListLexicon.Read(r);
        }

        return new PosTagger(PerceptronModel.Load(stream), lexicon, wordList);
    }
}
