using System.Text;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// Per-sentence facts every feature template reuses, computed once per token: hashes of the lower-cased
/// form and of the shape, gazetteer hits, word-list classes and cluster paths, and whether the sentence has any capital letter at all (in an
/// all-lowercase sentence capitalisation says nothing, and the model should know). Buffers are the thread's
/// (<see cref="SentenceViewBuffers"/>), so recognising a sentence allocates nothing; dispose to return them.
/// </summary>
internal readonly struct SentenceView : IDisposable
{
    private readonly SentenceViewBuffers _buffers;
    private readonly int _lease;
    private readonly uint[] _lower;
    private readonly uint[] _shape;
    private readonly GazetteerHit[] _hits;
    private readonly byte[] _lexicon;
    private readonly ushort[] _clusters;
    private readonly bool[] _plainLower;
    private readonly bool[] _startsNoName;

    public SentenceView(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, FeatureSources sources)
    {
        Count = tokens.Length;
        _buffers = SentenceViewBuffers.Take(Count, out _lease);
        (_lower, _shape, _hits, _lexicon, _clusters, _plainLower, _startsNoName) =
            (_buffers.Lower, _buffers.Shape, _buffers.Hits, _buffers.Lexicon, _buffers.Clusters, _buffers.PlainLower, _buffers.StartsNoName);
        var keys = _buffers.Keys;
        var lexicon = sources.Lexicon;
        var anyUpper = false;
        Span<char> buffer = stackalloc char[WordListLexicon.MaxWordLength];
        for (var i = 0; i < Count; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            _shape[i] = Shape(word, out var hasUpper);
            _plainLower[i] = !hasUpper && word.Length > 0 && char.IsLower(word[0]);
            if (word.Length > buffer.Length)
            {
                _lower[i] = FeatureHash.Start(NerTemplates.Lower).AddLower(word);
            }
            else
            {
                // The word is lower-cased once for the hash and the word-list key. Per-character and whole-span
                // invariant lower-casing agree on ASCII, so the ASCII hash equals the general path's.
                var lower = buffer[..word.Length];
                var ascii = Ascii.IsValid(word);
                if (ascii)
                {
                    Ascii.ToLower(word, lower, out _);
                }
                else
                {
                    word.ToLowerInvariant(lower);
                }

                _lower[i] = ascii ? FeatureHash.Start(NerTemplates.Lower).Add(lower) : FeatureHash.Start(NerTemplates.Lower).AddLower(word);
                keys[i] = WordListLexicon.KeyOfLowerCase(lower);
                lexicon.PrefetchKey(keys[i]);
            }

            anyUpper |= hasUpper;
            HasPos |= sources.PartOfSpeech && tokens[i].Pos != Upos.X;
        }

        // The word list is read in a second pass, when the first has started loading every word's slot:
        // one wait for memory per sentence instead of one per word.
        for (var i = 0; i < Count; i++)
        {
            (_lexicon[i], _clusters[i]) = tokens[i].Length <= WordListLexicon.MaxWordLength ? lexicon.FactsOfKey(keys[i]) : default;
        }

        sources.Gazetteer.Match(text, tokens, _hits);
        IsLowercase = !anyUpper;
        HasClusters = sources.Clusters;

        // Asked of most tokens, some more than once (once per candidate history of the search): answered here once,
        // the cheap test first: most words of a cased sentence are plain lower-case, and then the word set is not read.
        for (var i = 0; i < Count; i++)
        {
            _startsNoName[i] = IsPlainLowercaseWord(i) || FunctionWords.IsSkippable(text.Slice(tokens[i].Start, tokens[i].Length));
        }
    }

    public int Count { get; }

    /// <summary>
    /// The model uses part-of-speech features and the tagger has run over the sentence (some token's tag is
    /// not <see cref="Upos.X"/>); untagged tokens get no such features rather than misleading ones.
    /// </summary>
    public bool HasPos { get; }

    /// <summary>The model has word-cluster features (its lexicon carries clusters).</summary>
    public bool HasClusters { get; }

    /// <summary>No letter of the sentence is upper case (lowercased or casing-noisy text).</summary>
    public bool IsLowercase { get; }

    public uint Lower(int i) => i < 0 ? NerTemplates.Before : i >= Count ? NerTemplates.After : _lower[i];

    public uint ShapeOf(int i) => i < 0 ? NerTemplates.Before : i >= Count ? NerTemplates.After : _shape[i];

    public GazetteerHit Hit(int i) => i < 0 || i >= Count ? default : _hits[i];

    /// <summary>
    /// A lower-case word that dictionaries only know in lower case and no gazetteer lists, in a sentence
    /// that does use capitals ("troops", "said"): it does not begin a name, so the decoder skips it.
    /// In an all-lowercase sentence nothing is skipped this way ("united states" must still be read).
    /// </summary>
    public bool IsPlainLowercaseWord(int i) =>
        !IsLowercase && _plainLower[i] && (_lexicon[i] & 3) == 1 && _hits[i].Kinds == GazetteerKind.None;

    /// <summary>A function word, punctuation or plain lower-case word: outside a name the decoders label it O without scoring.</summary>
    public bool StartsNoName(int i) => _startsNoName[i];

    /// <summary>The word's cluster path (<see cref="Clusters.WordClusters"/>); 0 for none and outside the sentence.</summary>
    public ushort ClusterOf(int i) => i < 0 || i >= Count ? (ushort)0 : _clusters[i];

    /// <summary>The word's <see cref="WordListLexicon"/> code; 255 before and after the sentence.</summary>
    public int LexiconClass(int i) => i < 0 || i >= Count ? 255 : _lexicon[i];

    /// <summary>Copies the tokens' gazetteer hits into <paramref name="hits"/> (nothing when it is empty).</summary>
    public void CopyHitsTo(Span<GazetteerHit> hits)
    {
        if (!hits.IsEmpty)
        {
            _hits.AsSpan(0, Count).CopyTo(hits);
        }
    }

    public void Dispose() => _buffers.Return(_lease);

    /// <summary>Collins' word shape, repeats collapsed ("Zelenskyy" → Xx, "U.S." → X.X., "2025" → d).</summary>
    private static uint Shape(ReadOnlySpan<char> word, out bool hasUpper)
    {
        var h = FeatureHash.Start(NerTemplates.Shape);
        var last = '\0';
        var classes = 0;
        hasUpper = false;
        foreach (var c in word)
        {
            var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            hasUpper |= cls == 'X';
            if (cls == last || classes >= 6)
            {
                continue;
            }

            h = h.Add(cls);
            last = cls;
            classes++;
        }

        return h;
    }
}
