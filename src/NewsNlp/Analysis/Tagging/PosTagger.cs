using System.Buffers;
using System.Text;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;
using NewsNlp.Models;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// Greedy averaged-perceptron tagger over UPOS. Frequent words that (almost) always take one tag are
/// answered from a lexicon without scoring (40% of news tokens); for the other known words the weights of
/// the features that depend on the word alone are summed once at load, so only context features are read.
/// A second pass revises the words the first pass was unsure of, now seeing the tags of the words after them.
/// Immutable after loading: one instance (<see cref="Shared"/>) serves every thread.
/// </summary>
public sealed class PosTagger
{
    /// <summary>The shipped model's file name under <c>models/</c>.</summary>
    public const string ModelFileName = "pos.bin";

    private const string Magic = "NNLP-POS";
    // 6: word-cluster templates and the clusters in the word list (5: 32 first-pass templates, WordNet classes and
    // the second-pass flag; 4 had 30, 3 had 25); a model of another feature set would tag wrongly, not fail.
    private const int FormatVersion = 6;

    // Revising only words whose first-pass best score leads the runner-up by less than this (17% of the
    // scored words of EWT dev) gave the same dev accuracy as revising all of them, with a fifth of the lookups.
    private const float RevisionMargin = 20f;

    private static readonly Lazy<PosTagger> SharedInstance = new(() => Load(ModelLocator.PathOf(ModelFileName)));

    private readonly PerceptronModel _model;
    private readonly PosLexicon _lexicon;
    private readonly WordListLexicon _wordList;
    private readonly WordClassLexicon _wordClasses;

    // For a loaded model: the integer weight sums of what depends on a known form alone, so tagging reads
    // a few contiguous rows instead of one weight row per feature (null for a model fresh from training).
    private readonly PosScoringTables? _tables;

    internal PosTagger(PerceptronModel model, PosLexicon lexicon, WordListLexicon wordList, WordClassLexicon wordClasses, bool secondPass)
    {
        if (model.ClassCount != Classes.Count)
        {
            throw new InvalidDataException("The part-of-speech model does not have one class per UPOS tag.");
        }

        _model = model;
        _lexicon = lexicon;
        _wordList = wordList;
        _wordClasses = wordClasses;
        SecondPass = secondPass;
        _tables = model.HasIntegerWeights ? PosScoringTables.Build(model, lexicon, wordList, wordClasses) : null;
    }

    /// <summary>The model's classes: the UPOS names in enum order, so a class index is a <see cref="Upos"/> value.</summary>
    public static IReadOnlyList<string> Classes { get; } = Enum.GetNames<Upos>();

    /// <summary>The shipped model, loaded on first use and shared by all threads.</summary>
    public static PosTagger Shared => SharedInstance.Value;

    public IReadOnlyDictionary<string, string> Metadata => _model.Metadata;

    public PosLexicon Lexicon => _lexicon;

    public WordListLexicon WordList => _wordList;

    public WordClassLexicon WordClasses => _wordClasses;

    /// <summary>The load-time sums (null for a model fresh from training), for tests.</summary>
    internal PosScoringTables? Tables => _tables;

    internal PerceptronModel Model => _model;

    /// <summary>Whether a second pass revises each scored word with the first pass's tags of the words after it.</summary>
    public bool SecondPass { get; }

    /// <summary>Sets <see cref="Token.Pos"/> of one sentence's tokens, which are spans of <paramref name="text"/>.</summary>
    public void Tag(string text, Span<Token> sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (sentence.IsEmpty)
        {
            return;
        }

        var k = Classes.Count;
        var rented = ArrayPool<PosFeatures.WordHashes>.Shared.Rent(sentence.Length);
        float[]? unsure = null;
        try
        {
            var words = rented.AsSpan(0, sentence.Length);
            PosFeatures.DescribeAll(text, sentence, _lexicon, _wordList, _wordClasses, words, _tables?.Known);

            Span<uint> features = stackalloc uint[PosFeatures.Count];
            Span<float> scores = stackalloc float[k];
            var lookahead = new PosLookahead(_tables, _model, words, stackalloc uint[PosLookahead.BufferLength], stackalloc int[PosLookahead.BufferLength], stackalloc int[PosLookahead.CountsLength]);
            var previous = Upos.X;
            var beforePrevious = Upos.X;
            for (var j = 0; j < PosLookahead.Depth - 1; j++)
            {
                lookahead.Ask(j);
            }

            lookahead.Locate(0);
            lookahead.Locate(1);
            lookahead.LocateTagged(0, previous, features);
            for (var i = 0; i < sentence.Length; i++)
            {
                var tag = words[i].Entry.Sure;
                if (!words[i].Entry.HasSure)
                {
                    tag = Predict(words, i, previous, beforePrevious, lookahead, features, scores);

                    // The scores of a word the second pass will revise; most words have none (NaN).
                    if (SecondPass && Margin(scores[..k]) < RevisionMargin)
                    {
                        unsure ??= RentUnsure(sentence.Length * k);
                        scores[..k].CopyTo(unsure.AsSpan(i * k, k));
                    }
                }

                sentence[i].Pos = tag;
                beforePrevious = previous;
                previous = tag;

                // The next word's tag pairs load while the words after it are looked up.
                lookahead.LocateTagged(i + 1, tag, features);
                lookahead.Locate(i + 2);
                lookahead.Ask(i + 3);
            }

            if (unsure != null)
            {
                Revise(words, unsure, sentence, features[..PosFeatures.LookaheadCount], scores);
            }
        }
        finally
        {
            ArrayPool<PosFeatures.WordHashes>.Shared.Return(rented);
            if (unsure != null)
            {
                ArrayPool<float>.Shared.Return(unsure);
            }
        }
    }

    private static float[] RentUnsure(int length)
    {
        var buffer = ArrayPool<float>.Shared.Rent(length);
        buffer.AsSpan(0, length).Fill(float.NaN);
        return buffer;
    }

    private static float Margin(ReadOnlySpan<float> scores)
    {
        float best = float.MinValue, second = float.MinValue;
        foreach (var v in scores)
        {
            if (v > best)
            {
                second = best;
                best = v;
            }
            else if (v > second)
            {
                second = v;
            }
        }

        return best - second;
    }

    // The second pass: an unsure word's first-pass scores plus the weights of the first pass's tags
    // around it. Every decision reads the first pass's tags, as in training, so each revised tag waits in
    // its word's second score slot (no longer needed) and all are written to the tokens at the end.
    private void Revise(ReadOnlySpan<PosFeatures.WordHashes> words, float[] unsure, Span<Token> sentence, Span<uint> features, Span<float> scores)
    {
        var k = Classes.Count;
        for (var i = 0; i < words.Length; i++)
        {
            if (!float.IsNaN(unsure[i * k]))
            {
                PosFeatures.ExtractLookahead(words[i], PosFeatures.TagAround(sentence, i - 1), PosFeatures.TagAround(sentence, i + 1), PosFeatures.TagAround(sentence, i + 2), features);
                _model.Score(features, scores);
                for (var c = 0; c < k; c++)
                {
                    scores[c] += unsure[(i * k) + c];
                }

                unsure[(i * k) + 1] = PerceptronModel.ArgMax(scores[..k]);
            }
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!float.IsNaN(unsure[i * k]))
            {
                sentence[i].Pos = (Upos)(int)unsure[(i * k) + 1];
            }
        }
    }

    // With the load-time tables, a known word's intrinsic features, its known neighbours' features and the
    // previous tags' features are read as summed rows; what combines the word with its context (and what an
    // unknown word or neighbour has) was located ahead (PosLookahead) and is added row by row.
    private Upos Predict(ReadOnlySpan<PosFeatures.WordHashes> words, int i, Upos previous, Upos beforePrevious, in PosLookahead lookahead, Span<uint> features, Span<float> scores)
    {
        if (_tables == null)
        {
            var count = PosFeatures.Extract(words, i, previous, beforePrevious, features);
            return (Upos)_model.Predict(features[..count], scores);
        }

        var k = Classes.Count;
        Span<int> sums = stackalloc int[k];
        sums.Clear();
        lookahead.Add(i, previous, beforePrevious, sums);
        _model.ScoreOnTop(sums, [], scores);
        return (Upos)PerceptronModel.ArgMax(scores[..k]);
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
            _wordList.Write(w, withClusters: true);
            _wordClasses.Write(w);
            w.Write(SecondPass);
        }

        _model.Save(stream);
    }

    public static PosTagger Load(string path)
    {
        using var file = ModelLocator.OpenModel(path, "Part-of-speech model", "newsnlp train pos --seed 1");
        return Load(file);
    }

    public static PosTagger Load(Stream stream)
    {
        PosLexicon lexicon;
        WordListLexicon wordList;
        WordClassLexicon wordClasses;
        bool secondPass;
        using (var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
        {
            if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("Not a NewsNlp part-of-speech model, or a newer format.");
            }

            lexicon = PosLexicon.Read(r);
            wordList = WordListLexicon.Read(r, withClusters: true);
            wordClasses = WordClassLexicon.Read(r);
            secondPass = r.ReadBoolean();
        }

        return new PosTagger(PerceptronModel.Load(stream), lexicon, wordList, wordClasses, secondPass);
    }
}
