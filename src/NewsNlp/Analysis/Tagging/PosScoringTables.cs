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
    /// (its intrinsic features when known, the previous tags', each known neighbour's) and writes the features
    /// they do not cover into <paramref name="features"/>, returning how many: together exactly the sums of
    /// <see cref="PosFeatures.Extract"/>'s features.
    /// </summary>
    public int Gather(ReadOnlySpan<PosFeatures.WordHashes> words, int i, Documents.Upos previous, Documents.Upos beforePrevious, Span<uint> features, Span<int> sums)
    {
        var w = words[i];
        var t1 = i > 0 ? (int)previous : OutsideTag;
        var t2 = i > 1 ? (int)beforePrevious : OutsideTag;
        var n1 = PosFeatures.NeighbourOf(words, i, PosFeatures.Neighbour.Next);
        var n = 0;
        if (w.Entry.Id != 0)
        {
            AddIntrinsic(w.Entry.Id, i == 0, sums);
        }
        else
        {
            PosFeatures.ExtractIntrinsic(w, features);
            n = PosFeatures.IntrinsicCount;
            features[n++] = PosFeatures.ExtractOpening(w, i == 0);
            PosFeatures.ExtractUnknownContext(w, n1, t1, features[n..]);
            n += PosFeatures.UnknownContextCount;
        }

        AddTags(t1, t2, sums);
        for (var role = PosFeatures.Neighbour.Previous; role <= PosFeatures.Neighbour.SecondNext; role++)
        {
            var id = NeighbourId(words, i, role);
            if (id != 0)
            {
                AddNeighbour(id, role, sums);
            }
            else
            {
                PosFeatures.ExtractAsNeighbour(PosFeatures.NeighbourOf(words, i, role), role, features[n..]);
                n += PosFeatures.NeighbourCount(role);
            }
        }

        PosFeatures.ExtractPairs(w, PosFeatures.NeighbourOf(words, i, PosFeatures.Neighbour.Previous), n1, t1, features[n..]);
        return n + PosFeatures.PairCount;
    }

    /// <summary>
    /// Starts loading what <see cref="Gather"/> reads for word <paramref name="i"/> and does not depend on the
    /// previous tags: its intrinsic sums or, unknown, its intrinsic features' weights; each neighbour's sums or
    /// features; the word-pair features. They then arrive while the word before it is scored. A hint only
    /// (<paramref name="scratch"/> is overwritten).
    /// </summary>
    public void Prefetch(PerceptronModel model, ReadOnlySpan<PosFeatures.WordHashes> words, int i, Span<uint> scratch)
    {
        var w = words[i];
        var n = 0;
        if (w.Entry.Id != 0)
        {
            CacheHint.PrefetchRow(_intrinsic, ((w.Entry.Id * 2) + (i == 0 ? 1 : 0)) * _k, _k);
        }
        else
        {
            PosFeatures.ExtractIntrinsic(w, scratch);
            n = PosFeatures.IntrinsicCount;
            scratch[n++] = PosFeatures.ExtractOpening(w, i == 0);
        }

        for (var role = PosFeatures.Neighbour.Previous; role <= PosFeatures.Neighbour.SecondNext; role++)
        {
            var id = NeighbourId(words, i, role);
            if (id != 0)
            {
                CacheHint.PrefetchRow(_neighbours, ((id * Roles) + (int)role) * _k, _k);
            }
            else
            {
                PosFeatures.ExtractAsNeighbour(PosFeatures.NeighbourOf(words, i, role), role, scratch[n..]);
                n += PosFeatures.NeighbourCount(role);
            }
        }

        PosFeatures.ExtractWordPairs(w, PosFeatures.NeighbourOf(words, i, PosFeatures.Neighbour.Previous), PosFeatures.NeighbourOf(words, i, PosFeatures.Neighbour.Next), scratch[n..]);
        model.Prefetch(scratch[..(n + PosFeatures.WordPairCount)]);
    }

    /// <summary>
    /// Starts loading the weights of word <paramref name="i"/>'s features that read the previous tag
    /// (<paramref name="previous"/>, ignored for the first word): the tag pairs and, for an unknown word, its classes with
    /// the tag. Issued as soon as the word before is tagged, so they load while the next word's other features are
    /// prepared (<see cref="Prefetch"/>). A hint only (<paramref name="scratch"/> is overwritten).
    /// </summary>
    public static void PrefetchTagged(PerceptronModel model, ReadOnlySpan<PosFeatures.WordHashes> words, int i, Documents.Upos previous, Span<uint> scratch)
    {
        var w = words[i];
        var n1 = PosFeatures.NeighbourOf(words, i, PosFeatures.Neighbour.Next);
        var t1 = i > 0 ? (int)previous : OutsideTag;
        PosFeatures.ExtractTagPairs(w, n1, t1, scratch);
        var n = PosFeatures.TagPairCount;
        if (w.Entry.Id == 0)
        {
            PosFeatures.ExtractUnknownContext(w, n1, t1, scratch[n..]);
            n += PosFeatures.UnknownContextCount;
        }

        model.Prefetch(scratch[..n]);
    }

    /// <summary>The id whose neighbour sums stand for the word at <paramref name="role"/> from word <paramref name="i"/>: its lexicon id, <see cref="OutsideId"/>, or 0 when unknown.</summary>
    private int NeighbourId(ReadOnlySpan<PosFeatures.WordHashes> words, int i, PosFeatures.Neighbour role)
    {
        var j = i + role switch { PosFeatures.Neighbour.Previous => -1, PosFeatures.Neighbour.Next => 1, PosFeatures.Neighbour.SecondPrevious => -2, _ => 2 };
        return j >= 0 && j < words.Length ? words[j].Entry.Id : OutsideId;
    }

    /// <summary>Adds known word <paramref name="id"/>'s intrinsic sums (with its opening feature) into <paramref name="sums"/>.</summary>
    private void AddIntrinsic(int id, bool first, Span<int> sums) => IntegerRows.Add(_intrinsic.AsSpan(((id * 2) + (first ? 1 : 0)) * _k, _k), sums);

    /// <summary>Adds the sums of the features a known word (or <see cref="OutsideId"/>) gives its neighbour from <paramref name="role"/>.</summary>
    private void AddNeighbour(int id, PosFeatures.Neighbour role, Span<int> sums) => IntegerRows.Add(_neighbours.AsSpan(((id * Roles) + (int)role) * _k, _k), sums);

    /// <summary>Adds the sums of the previous-tag features (tag values as in <see cref="PosFeatures.ExtractTags"/>).</summary>
    private void AddTags(int t1, int t2, Span<int> sums) => IntegerRows.Add(_tags.AsSpan(((TagIndex(t1) * _tagValues) + TagIndex(t2)) * _k, _k), sums);

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
