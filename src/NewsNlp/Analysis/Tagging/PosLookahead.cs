using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// The tagger's look-ups of one sentence, started words ahead of scoring: a word's tag-free features
/// (<see cref="PosScoringTables.ExtractStatic"/>) are made three words ahead, when their rank words and the
/// word's load-time rows start loading; two words ahead their weight rows are located and start loading;
/// the features that read the tag before the word (<see cref="PosScoringTables.ExtractTagged"/>) are located as soon as
/// that tag is known; the word then adds them all without waiting. Each feature is hashed and ranked once. A
/// ring of <see cref="Depth"/> words' buffers serves the whole sentence.
/// </summary>
internal readonly ref struct PosLookahead
{
    /// <summary>Words in flight: the one scored and the three after it.</summary>
    public const int Depth = 4;

    /// <summary>The length of the feature and row buffers the constructor needs: <see cref="Depth"/> words' worth.</summary>
    public const int BufferLength = Depth * PosFeatures.Count;

    /// <summary>The length of the counts buffer the constructor needs: each word's tag-free rows, then its tagged rows.</summary>
    public const int CountsLength = 2 * Depth;

    private readonly PosScoringTables? _tables;
    private readonly PerceptronModel _model;
    private readonly ReadOnlySpan<PosFeatures.WordHashes> _words;
    private readonly Span<uint> _features;
    private readonly Span<int> _rows;
    private readonly Span<int> _counts;

    /// <summary>
    /// <paramref name="features"/> and <paramref name="rows"/> hold <see cref="BufferLength"/> items, <paramref name="counts"/>
    /// <see cref="CountsLength"/>. Without <paramref name="tables"/> (a model fresh from training) nothing is looked up ahead.
    /// </summary>
    public PosLookahead(PosScoringTables? tables, PerceptronModel model, ReadOnlySpan<PosFeatures.WordHashes> words, Span<uint> features, Span<int> rows, Span<int> counts)
    {
        _tables = tables;
        _model = model;
        _words = words;
        _features = features[..BufferLength];
        _rows = rows[..BufferLength];
        _counts = counts[..CountsLength];
    }

    /// <summary>Makes word <paramref name="j"/>'s tag-free features and starts loading their rank words and its rows (if it will be scored).</summary>
    public void Ask(int j)
    {
        if (IsScored(j))
        {
            var count = _tables!.ExtractStatic(_words, j, Features(j));
            _counts[j % Depth] = count;
            _model.PrefetchRanks(Features(j)[..count]);
            _tables.PrefetchRows(_words, j);
        }
    }

    /// <summary>Locates word <paramref name="j"/>'s weight rows (after <see cref="Ask"/>) and starts loading them.</summary>
    public void Locate(int j)
    {
        if (IsScored(j))
        {
            _counts[j % Depth] = _model.Locate(Features(j)[.._counts[j % Depth]], Rows(j));
        }
    }

    /// <summary>
    /// Locates word <paramref name="j"/>'s features that read the tag before it, <paramref name="previous"/> (after
    /// <see cref="Locate"/>), and starts loading them; <paramref name="scratch"/> (<see cref="PosFeatures.Count"/>) is overwritten.
    /// </summary>
    public void LocateTagged(int j, Upos previous, Span<uint> scratch)
    {
        if (IsScored(j))
        {
            var count = PosScoringTables.ExtractTagged(_words, j, previous, scratch);
            _counts[Depth + (j % Depth)] = _model.Locate(scratch[..count], Rows(j)[_counts[j % Depth]..]);
        }
    }

    /// <summary>
    /// Adds word <paramref name="j"/>'s load-time rows and located rows (after <see cref="LocateTagged"/>) into
    /// <paramref name="sums"/>: the sums of all its first-pass features.
    /// </summary>
    public void Add(int j, Upos previous, Upos beforePrevious, Span<int> sums)
    {
        if (_tables == null)
        {
            throw new InvalidOperationException("Only a loaded model's words are looked up ahead.");
        }

        _tables.AddRows(_words, j, previous, beforePrevious, sums);
        _model.AddLocated(Rows(j)[..(_counts[j % Depth] + _counts[Depth + (j % Depth)])], sums);
    }

    private bool IsScored(int j) => _tables != null && j < _words.Length && !_words[j].Entry.HasSure;

    private Span<uint> Features(int j) => _features.Slice(j % Depth * PosFeatures.Count, PosFeatures.Count);

    private Span<int> Rows(int j) => _rows.Slice(j % Depth * PosFeatures.Count, PosFeatures.Count);
}
