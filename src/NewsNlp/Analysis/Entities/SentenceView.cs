using System.Buffers;
using System.Text;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// Per-sentence facts every feature template reuses, computed once per token: hashes of the lower-cased
/// form and of the shape, gazetteer hits, word-list classes and cluster paths, and whether the sentence has any capital letter at all (in an
/// all-lowercase sentence capitalisation says nothing, and the model should know). Buffers come from the
/// shared array pool, so recognising a sentence allocates nothing; dispose to return them.
/// </summary>
internal readonly struct SentenceView : IDisposable
{
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
        _lower = ArrayPool<uint>.Shared.Rent(Math.Max(1, Count));
        _shape = ArrayPool<uint>.Shared.Rent(Math.Max(1, Count));
        _hits = ArrayPool<GazetteerHit>.Shared.Rent(Math.Max(1, Count));
        _lexicon = ArrayPool<byte>.Shared.Rent(Math.Max(1, Count));
        _clusters = ArrayPool<ushort>.Shared.Rent(Math.Max(1, Count));
        _plainLower = ArrayPool<bool>.Shared.Rent(Math.Max(1, Count));
        var lexicon = sources.Lexicon;
        var anyUpper = false;
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < Count; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            _shape[i] = Shape(word, out var hasUpper);
            _plainLower[i] = !hasUpper && word.Length > 0 && char.IsLower(word[0]);
            if (TryLowerAscii(word, buffer, out var lower))
            {
                _lower[i] = FeatureHash.Start(NerTemplates.Lower).Add(lower);
                lexicon.PrefetchLowerCase(lower);
            }
            else
            {
                _lower[i] = FeatureHash.Start(NerTemplates.Lower).AddLower(word);
            }

            anyUpper |= hasUpper;
            HasPos |= sources.PartOfSpeech && tokens[i].Pos != Upos.X;
        }

        // The word list is read in a second pass, when the first has started loading every word's slot:
        // one wait for memory per sentence instead of one per word.
        for (var i = 0; i < Count; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            (_lexicon[i], _clusters[i]) = TryLowerAscii(word, buffer, out var lower) ? lexicon.FactsOfLowerCase(lower) : lexicon.Facts(word);
        }

        sources.Gazetteer.Match(text, tokens, _hits);
        IsLowercase = !anyUpper;
        HasClusters = sources.Clusters;

        // Asked of most tokens, some more than once (once per candidate history of the search): answered here once,
        // the cheap test first: most words of a cased sentence are plain lower-case, and then the word set is not read.
        _startsNoName = ArrayPool<bool>.Shared.Rent(Math.Max(1, Count));
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

    public void Dispose()
    {
        ArrayPool<uint>.Shared.Return(_lower);
        ArrayPool<uint>.Shared.Return(_shape);
        ArrayPool<GazetteerHit>.Shared.Return(_hits);
        ArrayPool<byte>.Shared.Return(_lexicon);
        ArrayPool<ushort>.Shared.Return(_clusters);
        ArrayPool<bool>.Shared.Return(_plainLower);
        ArrayPool<bool>.Shared.Return(_startsNoName);
    }

    // Lower-cases an ASCII word once for both the hash and the word-list lookup; per-character and
    // whole-span invariant lower-casing agree on ASCII, so the values equal the general path's.
    private static bool TryLowerAscii(ReadOnlySpan<char> word, Span<char> buffer, out ReadOnlySpan<char> lower)
    {
        if (word.Length > buffer.Length || !Ascii.IsValid(word))
        {
            lower = default;
            return false;
        }

        Ascii.ToLower(word, buffer, out _);
        lower = buffer[..word.Length];
        return true;
    }

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
