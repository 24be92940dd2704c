using NewsNlp.Analysis.Perceptron;
using NewsNlp.Models;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// The tagger's weight sums that depend on a known form alone, made once at load so that tagging reads
/// one contiguous row where it would read a weight row per feature at random (the cache misses of those
/// reads were most of the tagger's cost): a known word's description (<see cref="PosFeatures.WordHashes"/>),
/// the sums of its intrinsic features (at the sentence's opening and elsewhere), of the features it gives
/// the word it stands before or after (one or two places away), and of each pair of previous tags. The
/// sums are the same exact integers the per-feature reads add up, so no decision changes.
/// </summary>
internal sealed class PosScoringTables
{
    private const int Roles = 4;

    // Tag values as features: the 17 tags and 100 outside the sentence, which gets index 17 here.
    private const int OutsideTag = 100;

    private readonly int _k;
    private readonly int[] _intrinsic;
    private readonly int[] _neighbours;
    private readonly int[] _tags;
    private readonly int _tagValues;

    private PosScoringTables(int k, PosFeatures.WordHashes[] known, int[] intrinsic, int[] neighbours, int[] tags)
    {
        _k = k;
        Known = known;
        _intrinsic = intrinsic;
        _neighbours = neighbours;
        _tags = tags;
        _tagValues = k + 1;
    }

    /// <summary>Each known form's description, by lexicon id (index 0 unused).</summary>
    public PosFeatures.WordHashes[] Known { get; }

    // The row index that stands for the words outside the sentence in the neighbour sums.
    private int OutsideId => Known.Length;

    public static PosScoringTables Build(PerceptronModel model, PosLexicon lexicon, WordListLexicon wordList, WordClassLexicon wordClasses)
    {
        var k = model.ClassCount;
        var forms = lexicon.Forms.Count;
        var known = new PosFeatures.WordHashes[forms + 1];
        var intrinsic = new int[(forms + 1) * 2 * k];
        var neighbours = new int[(forms + 2) * Roles * k];
        Span<uint> features = stackalloc uint[PosFeatures.IntrinsicCount + 1];
        for (var id = 1; id <= forms; id++)
        {
            var form = lexicon.Forms[id - 1];
            PosFeatures.DescribeAll(form, [new Documents.Token(0, form.Length)], lexicon, wordList, wordClasses, known.AsSpan(id, 1));
            var word = known[id];

            // A word with a sure tag is never scored, so only its sums as a neighbour are needed.
            if (!word.Entry.HasSure)
            {
                PosFeatures.ExtractIntrinsic(word, features);
                for (var first = 0; first < 2; first++)
                {
                    features[PosFeatures.IntrinsicCount] = PosFeatures.ExtractOpening(word, first == 1);
                    model.AddWeights(features, intrinsic.AsSpan(((id * 2) + first) * k, k));
                }
            }

            AddNeighbourSums(model, word, neighbours.AsSpan(id * Roles * k, Roles * k));
        }

        AddNeighbourSums(model, PosFeatures.Outside, neighbours.AsSpan((forms + 1) * Roles * k, Roles * k));
        var tagValues = k + 1;
        var tags = new int[tagValues * tagValues * k];
        for (var t1 = 0; t1 < tagValues; t1++)
        {
            for (var t2 = 0; t2 < tagValues; t2++)
            {
                PosFeatures.ExtractTags(TagValue(t1, k), TagValue(t2, k), features);
                model.AddWeights(features[..PosFeatures.TagCount], tags.AsSpan(((t1 * tagValues) + t2) * k, k));
            }
        }

        return new PosScoringTables(k, known, intrinsic, neighbours, tags);
    }

    /// <summary>
    /// Adds the rows that stand for word <paramref name="i"/>'s first-pass features into <paramref name="sums"/>
    /// (<see cref="AddRows"/>) and writes the features they do not cover into <paramref name="features"/>
    /// (<see cref="ExtractStatic"/>, then <see cref="ExtractTagged"/>), returning how many: together exactly the
    /// sums of <see cref="PosFeatures.Extract"/>'s features. The tagger runs the same steps apart, ahead of time.
    /// </summary>
    public int Gather(ReadOnlySpan<PosFeatures.WordHashes> words, int i, Documents.Upos previous, Documents.Upos beforePrevious, Span<uint> features, Span<int> sums)
    {
        AddRows(words, i, previous, beforePrevious, sums);
        var n = ExtractStatic(words, i, features);
        return n + ExtractTagged(words, i, previous, features[n..]);
    }

    /// <summary>
    /// Adds word <paramref name="i"/>'s load-time rows into <paramref name="sums"/>: its intrinsic sums when it is
    /// known, each known neighbour's (or the outside's), and the previous tags'.
    /// </summary>
    public void AddRows(ReadOnlySpan<PosFeatures.WordHashes> words, int i, Documents.Upos previous, Documents.Upos beforePrevious, Span<int> sums)
    {
        var id = words[i].Entry.Id;
        if (id != 0)
        {
            IntegerRows.Add(_intrinsic.AsSpan(IntrinsicRow(id, i), _k), sums);
        }

        IntegerRows.Add(_tags.AsSpan(((TagIndex(i > 0 ? (int)previous : OutsideTag) * _tagValues) + TagIndex(i > 1 ? (int)beforePrevious : OutsideTag)) * _k, _k), sums);
        for (var role = PosFeatures.Neighbour.Previous; role <= PosFeatures.Neighbour.SecondNext; role++)
        {
            var neighbour = NeighbourId(words, i, role);
            if (neighbour != 0)
            {
                IntegerRows.Add(_neighbours.AsSpan(NeighbourRow(neighbour, role), _k), sums);
            }
        }
    }

    /// <summary>Starts loading the intrinsic and neighbour rows <see cref="AddRows"/> reads for word <paramref name="i"/> (a hint).</summary>
    public void PrefetchRows(ReadOnlySpan<PosFeatures.WordHashes> words, int i)
    {
        var id = words[i].Entry.Id;
        if (id != 0)
        {
            CacheHint.PrefetchRow(_intrinsic, IntrinsicRow(id, i), _k);
        }

        for (var role = PosFeatures.Neighbour.Previous; role <= PosFeatures.Neighbour.SecondNext; role++)
        {
            var neighbour = NeighbourId(words, i, role);
            if (neighbour != 0)
            {
                CacheHint.PrefetchRow(_neighbours, NeighbourRow(neighbour, role), _k);
            }
        }
    }

    /// <summary>
    /// Writes word <paramref name="i"/>'s features that no row covers and no tag decides, returning how many: an
    /// unknown word's intrinsic features, an unknown neighbour's, and the word pairs. Known before any word of
    /// the sentence is tagged, so their weights can be located early.
    /// </summary>
    public int ExtractStatic(ReadOnlySpan<PosFeatures.WordHashes> words, int i, Span<uint> features)
    {
        var w = words[i];
        var n = 0;
        if (w.Entry.Id == 0)
        {
            PosFeatures.ExtractIntrinsic(w, features);
            n = PosFeatures.IntrinsicCount;
            features[n++] = PosFeatures.ExtractOpening(w, i == 0);
        }

        for (var role = PosFeatures.Neighbour.Previous; role <= PosFeatures.Neighbour.SecondNext; role++)
        {
            if (NeighbourId(words, i, role) == 0)
            {
                PosFeatures.ExtractAsNeighbour(PosFeatures.NeighbourOf(words, i, role), role, features[n..]);
                n += PosFeatures.NeighbourCount(role);
            }
        }

        PosFeatures.ExtractWordPairs(w, PosFeatures.NeighbourOf(words, i, PosFeatures.Neighbour.Previous), PosFeatures.NeighbourOf(words, i, PosFeatures.Neighbour.Next), features[n..]);
        return n + PosFeatures.WordPairCount;
    }

    /// <summary>
    /// Writes word <paramref name="i"/>'s features that read the tag before it (<paramref name="previous"/>, ignored for
    /// the first word), returning how many: the tag pairs and, for an unknown word, its classes with the tag.
    /// </summary>
    public static int ExtractTagged(ReadOnlySpan<PosFeatures.WordHashes> words, int i, Documents.Upos previous, Span<uint> features)
    {
        var w = words[i];
        var n1 = PosFeatures.NeighbourOf(words, i, PosFeatures.Neighbour.Next);
        var t1 = i > 0 ? (int)previous : OutsideTag;
        PosFeatures.ExtractTagPairs(w, n1, t1, features);
        if (w.Entry.Id != 0)
        {
            return PosFeatures.TagPairCount;
        }

        PosFeatures.ExtractUnknownContext(w, n1, t1, features[PosFeatures.TagPairCount..]);
        return PosFeatures.TagPairCount + PosFeatures.UnknownContextCount;
    }

    /// <summary>The id whose neighbour sums stand for the word at <paramref name="role"/> from word <paramref name="i"/>: its lexicon id, <see cref="OutsideId"/>, or 0 when unknown.</summary>
    private int NeighbourId(ReadOnlySpan<PosFeatures.WordHashes> words, int i, PosFeatures.Neighbour role)
    {
        var j = i + role switch { PosFeatures.Neighbour.Previous => -1, PosFeatures.Neighbour.Next => 1, PosFeatures.Neighbour.SecondPrevious => -2, _ => 2 };
        return j >= 0 && j < words.Length ? words[j].Entry.Id : OutsideId;
    }

    private int IntrinsicRow(int id, int i) => ((id * 2) + (i == 0 ? 1 : 0)) * _k;

    private int NeighbourRow(int id, PosFeatures.Neighbour role) => ((id * Roles) + (int)role) * _k;

    private int TagIndex(int tag) => tag == OutsideTag ? _k : tag;

    private static int TagValue(int index, int k) => index == k ? OutsideTag : index;

    private static void AddNeighbourSums(PerceptronModel model, in PosFeatures.WordHashes word, Span<int> rows)
    {
        var k = model.ClassCount;
        Span<uint> features = stackalloc uint[8];
        for (var role = 0; role < Roles; role++)
        {
            var count = PosFeatures.NeighbourCount((PosFeatures.Neighbour)role);
            PosFeatures.ExtractAsNeighbour(word, (PosFeatures.Neighbour)role, features);
            model.AddWeights(features[..count], rows.Slice(role * k, k));
        }
    }
}
