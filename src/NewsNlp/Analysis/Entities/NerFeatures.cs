using NewsNlp.Analysis.Clusters;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The recogniser's features for one token: the word and its lower-cased form, shape and affixes, the
/// lower-cased words around it and the shape window, what word lists say about its casing and frequency,
/// the labels already given to the two tokens before it, gazetteer hits here and next door, the
/// sentence's casing regime, the part-of-speech tags of the window (when the model was trained with
/// them), the first and last words of the capitalised run the token is in, letter trigrams of words no
/// word list knows, and what the document said about this word earlier. Every feature is a hash computed in place,
/// so extraction allocates nothing. The neighbours' exact-case words and single shapes were dropped when
/// the tags came in: dev F1 unchanged, four fewer weight rows to read per token.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Upper bound on the features of one token; callers size their buffer with it.</summary>
    public const int MaxFeatures = 80;

    /// <summary>Upper bound on <see cref="ExtractWordHistory"/>'s features.</summary>
    public const int MaxWordHistoryFeatures = 4;

    // Letter trigrams of unknown words: only words of a plausible name's length, and at most this many.
    private const int MaxTrigramWord = 20;
    private const int MaxTrigrams = 8;

    // The neighbours' cluster levels, the middle one first (it came first, 1.3.0).
    private static ReadOnlySpan<int> NeighbourClusterLevels => [1, 0, 2];

    /// <summary>All features of token <paramref name="i"/>: <see cref="ExtractStatic"/> then <see cref="ExtractHistory"/>.</summary>
    public static int Extract(in SentenceView view, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int previous, int beforePrevious, int documentLabel, Span<uint> f)
    {
        var n = ExtractStatic(view, text, tokens, i, f);
        return n + ExtractHistory(view, tokens, i, previous, beforePrevious, documentLabel, f[n..]);
    }

    /// <summary>
    /// The features that involve the labels already given (the previous two, and the document's): a search
    /// over label sequences scores only these once per candidate history.
    /// </summary>
    public static int ExtractHistory(in SentenceView view, ReadOnlySpan<Token> tokens, int i, int previous, int beforePrevious, int documentLabel, Span<uint> f)
    {
        var n = 0;
        f[n++] = LabelBefore(view, i, previous);
        f[n++] = PreviousLabel(previous);
        f[n++] = TwoLabels(beforePrevious, previous);
        n += LabelledWord(view, tokens, i, previous, f[n..]);
        n += Document(documentLabel, previous, f[n..]);
        return FinalizeAll(f[..n]);
    }

    /// <summary>
    /// The features of <see cref="ExtractHistory"/> that also read the token or its neighbour: the rest, read by
    /// <see cref="ExtractLabels"/> and <see cref="ExtractDocument"/>, depend on labels alone.
    /// </summary>
    public static int ExtractWordHistory(in SentenceView view, ReadOnlySpan<Token> tokens, int i, int previous, Span<uint> f)
    {
        f[0] = LabelBefore(view, i, previous);
        return FinalizeAll(f[..(1 + LabelledWord(view, tokens, i, previous, f[1..]))]);
    }

    /// <summary>The two features of <see cref="ExtractHistory"/> that read the previous two labels alone.</summary>
    public static int ExtractLabels(int previous, int beforePrevious, Span<uint> f)
    {
        f[0] = PreviousLabel(previous);
        f[1] = TwoLabels(beforePrevious, previous);
        return FinalizeAll(f[..2]);
    }

    /// <summary>The features of <see cref="ExtractHistory"/> that read the document's label for the word (none when it has none, −1).</summary>
    public static int ExtractDocument(int documentLabel, int previous, Span<uint> f) => FinalizeAll(f[..Document(documentLabel, previous, f)]);

    private static uint LabelBefore(in SentenceView view, int i, int previous) => FeatureHash.Start(NerTemplates.LabelBefore).Add(previous).Add((int)view.Lower(i - 1));

    private static uint PreviousLabel(int previous) => FeatureHash.Start(NerTemplates.PreviousLabel).Add(previous);

    private static uint TwoLabels(int beforePrevious, int previous) => FeatureHash.Start(NerTemplates.TwoLabels).Add(beforePrevious).Add(previous);

    // The previous label with the word, its shape and (when the model has them) its tag; not finalised.
    private static int LabelledWord(in SentenceView view, ReadOnlySpan<Token> tokens, int i, int previous, Span<uint> f)
    {
        var n = 0;
        f[n++] = FeatureHash.Start(NerTemplates.LabelWord).Add(previous).Add((int)view.Lower(i));
        f[n++] = FeatureHash.Start(NerTemplates.LabelShape).Add(previous).Add((int)view.ShapeOf(i));
        if (view.HasPos)
        {
            f[n++] = FeatureHash.Start(NerTemplates.PosLabel).Add(previous).Add((int)tokens[i].Pos);
        }

        return n;
    }

    // The document's label for the word, alone and with the previous label; not finalised.
    private static int Document(int documentLabel, int previous, Span<uint> f)
    {
        if (documentLabel < 0)
        {
            return 0;
        }

        f[0] = FeatureHash.Start(NerTemplates.DocumentLabel).Add(documentLabel);
        f[1] = FeatureHash.Start(NerTemplates.DocumentLabel).Add(documentLabel).Add(previous);
        return 2;
    }

    /// <summary>
    /// The features of token <paramref name="i"/> that do not depend on any label decision, or the
    /// <paramref name="parts"/> of them asked for (in the same order): the word's own features depend on
    /// its form and the sentence's casing alone, and a neighbour's on that neighbour alone, so a scorer
    /// can sum their weights once per distinct word (<see cref="NerWordCache"/>).
    /// </summary>
    public static int ExtractStatic(in SentenceView view, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, Span<uint> f, StaticParts parts = StaticParts.All)
    {
        var n = 0;
        var word = text.Slice(tokens[i].Start, tokens[i].Length);
        var lower = view.Lower(i);
        var shape = view.ShapeOf(i);
        var casing = view.IsLowercase ? 1 : 0;
        var own = (parts & StaticParts.Word) != 0;
        var neighbours = (parts & StaticParts.Neighbours) != 0;
        var context = (parts & StaticParts.Context) != 0;

        if (own)
        {
            f[n++] = FeatureHash.Start(NerTemplates.Bias).Add(casing);
            f[n++] = FeatureHash.Start(NerTemplates.Word).Add(word);
            f[n++] = lower;
            f[n++] = shape;
            f[n++] = FeatureHash.Start(NerTemplates.CasingShape).Add(casing).Add((int)shape);
            for (var k = 2; k <= 4; k++)
            {
                if (word.Length > k)
                {
                    f[n++] = FeatureHash.Start(NerTemplates.Suffix).Add(k).AddLower(word[^k..]);
                }
            }

            for (var k = 2; k <= 3; k++)
            {
                if (word.Length > k)
                {
                    f[n++] = FeatureHash.Start(NerTemplates.Prefix).Add(k).AddLower(word[..k]);
                }
            }
        }

        if (neighbours)
        {
            for (var d = -2; d <= 2; d++)
            {
                if (d != 0)
                {
                    f[n++] = LowerAt(d, view.Lower(i + d));
                }
            }
        }

        if (context)
        {
            f[n++] = FeatureHash.Start(NerTemplates.ShapeWindow).Add((int)view.ShapeOf(i - 1)).Add((int)shape).Add((int)view.ShapeOf(i + 1));
            f[n++] = FeatureHash.Start(NerTemplates.Bigram).Add(-1).Add((int)view.Lower(i - 1)).Add((int)lower);
            f[n++] = FeatureHash.Start(NerTemplates.Bigram).Add(1).Add((int)lower).Add((int)view.Lower(i + 1));

            if (view.HasPos)
            {
                var pos = (int)tokens[i].Pos;
                var before = i > 0 ? (int)tokens[i - 1].Pos : 255;
                var after = i + 1 < tokens.Length ? (int)tokens[i + 1].Pos : 255;
                f[n++] = FeatureHash.Start(NerTemplates.PosHere).Add(pos).Add(casing).Add((int)shape);
                f[n++] = FeatureHash.Start(NerTemplates.PosWindow).Add(before).Add(pos).Add(after);
            }

            if (i == 0)
            {
                f[n++] = FeatureHash.Start(NerTemplates.SentenceStart).Add((int)shape);
            }

            var here = view.Hit(i);
            if (here.Kinds != GazetteerKind.None)
            {
                // One feature per kind, so "Georgia" (country and state) shares weights with both lists.
                for (var bit = 0; bit < 16; bit++)
                {
                    if (((int)here.Kinds & (1 << bit)) != 0)
                    {
                        f[n++] = FeatureHash.Start(NerTemplates.GazetteerHere).Add(bit).Add((int)here.Position);
                        f[n++] = FeatureHash.Start(NerTemplates.CasingGazetteer).Add(bit).Add(casing).Add((int)shape);
                    }
                }
            }
        }

        var lexicon = view.LexiconClass(i);
        if (own)
        {
            f[n++] = FeatureHash.Start(NerTemplates.LexiconHere).Add(lexicon).Add(casing);
            f[n++] = FeatureHash.Start(NerTemplates.LexiconShape).Add(lexicon & 3).Add((int)shape);
        }

        if (context)
        {
            f[n++] = FeatureHash.Start(NerTemplates.LexiconAt).Add(-1).Add(view.LexiconClass(i - 1) & 3).Add(lexicon & 3).Add(casing);
            f[n++] = FeatureHash.Start(NerTemplates.LexiconAt).Add(1).Add(view.LexiconClass(i + 1) & 3).Add(lexicon & 3).Add(casing);
            f[n++] = FeatureHash.Start(NerTemplates.GazetteerAt).Add(-1).Add((int)view.Hit(i - 1).Kinds).Add((int)view.Hit(i - 1).Position);
            f[n++] = FeatureHash.Start(NerTemplates.GazetteerAt).Add(1).Add((int)view.Hit(i + 1).Kinds).Add((int)view.Hit(i + 1).Position);
        }

        if (view.HasClusters)
        {
            n += ExtractClusters(view, i, (int)shape, f[n..], own, neighbours);
        }

        if (context && !view.IsLowercase && CapitalisedRun.Find(text, tokens, i, out var first, out var last))
        {
            // Where the token sits in the run, with the run's first and last words and its length.
            var where = i == first ? 0 : i == last ? 2 : 1;
            f[n++] = FeatureHash.Start(NerTemplates.RunFirst).Add(where).Add((int)view.Lower(first));
            f[n++] = FeatureHash.Start(NerTemplates.RunLast).Add(where).Add((int)view.Lower(last));
            f[n++] = FeatureHash.Start(NerTemplates.RunLast).Add(where).Add(Math.Min(last - first, 4));
        }

        if (own && lexicon == 0 && word.Length is >= 4 and <= MaxTrigramWord)
        {
            // A word no word list knows ("Kliotech", "Zipdash"): its first letter trigrams, where affixes
            // alone miss the "-tech", "zip-" inside.
            for (var k = 0; k + 3 <= word.Length && k < MaxTrigrams; k++)
            {
                f[n++] = FeatureHash.Start(NerTemplates.CharTrigram).AddLower(word.Slice(k, 3));
            }
        }

        return FinalizeAll(f[..n]);
    }

    /// <summary>
    /// The features a neighbour <paramref name="d"/> places away gives token <paramref name="i"/> (its lower-cased
    /// form and, next door, its cluster): part of <see cref="StaticParts.Neighbours"/>, a function of that
    /// neighbour's <see cref="SentenceView.Lower"/> and <see cref="SentenceView.ClusterOf"/> alone.
    /// </summary>
    public static int ExtractNeighbour(in SentenceView view, int i, int d, Span<uint> f)
    {
        var n = 0;
        f[n++] = LowerAt(d, view.Lower(i + d));
        if (view.HasClusters && (d == -1 || d == 1))
        {
            foreach (var level in NeighbourClusterLevels)
            {
                f[n++] = ClusterAt(d, view.ClusterOf(i + d), level);
            }
        }

        return FinalizeAll(f[..n]);
    }

    /// <summary>
    /// The word's cluster at every level, its middle-level cluster with its shape (a capitalised word of the
    /// first-name cluster), and the neighbours' clusters at every level. Clusters are uncased, so "russia" and
    /// "Russia" share them: lower-cased text keeps this evidence when it loses its capitals.
    /// </summary>
    private static int ExtractClusters(in SentenceView view, int i, int shape, Span<uint> f, bool own, bool neighbours)
    {
        var n = 0;
        var cluster = view.ClusterOf(i);
        if (own)
        {
            for (var level = 0; level < WordClusters.Levels; level++)
            {
                f[n++] = FeatureHash.Start(NerTemplates.ClusterHere).Add(WordClusters.Prefix(cluster, level));
            }

            f[n++] = FeatureHash.Start(NerTemplates.ClusterShape).Add(WordClusters.Prefix(cluster, 1)).Add(shape);
        }

        if (neighbours)
        {
            foreach (var level in NeighbourClusterLevels)
            {
                f[n++] = ClusterAt(-1, view.ClusterOf(i - 1), level);
                f[n++] = ClusterAt(1, view.ClusterOf(i + 1), level);
            }
        }

        return n;
    }

    private static uint LowerAt(int d, uint lower) => FeatureHash.Start(NerTemplates.LowerAt).Add(d).Add((int)lower);

    private static uint ClusterAt(int d, ushort cluster, int level) => FeatureHash.Start(NerTemplates.ClusterAt).Add(d).Add(WordClusters.Prefix(cluster, level));

    private static int FinalizeAll(Span<uint> features)
    {
        for (var k = 0; k < features.Length; k++)
        {
            features[k] = Finalize(features[k]);
        }

        return features.Length;
    }

    /// <summary>
    /// MurmurHash3's finaliser. The model keeps only the low bits of a feature, and FNV-1a's low bits
    /// depend only on the low bits of its input bytes (multiplication carries upward only), so without
    /// this distinct features collide far more often than chance.
    /// </summary>
    private static uint Finalize(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }
}

/// <summary>The parts of a token's label-independent features (<see cref="NerFeatures.ExtractStatic"/>).</summary>
[Flags]
internal enum StaticParts
{
    /// <summary>The word's own: its form, lower case, shape, affixes, word-list class and cluster, with the sentence's casing.</summary>
    Word = 1,

    /// <summary>The neighbours' lower-cased forms (two each side) and clusters (one each side, at every level).</summary>
    Neighbours = 2,

    /// <summary>The rest: what combines the word with its neighbours, its tags, its place and the gazetteers.</summary>
    Context = 4,

    All = Word | Neighbours | Context,
}
