using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// The tagger's look-ups of one sentence, started words ahead of scoring: a word's tag-free features
/// (<see cref="PosScoringTables.ExtractStatic"/>) are made three words ahead, when their rank words and the
/// word's load-time rows start loading; two words ahead their weight rows are located and start loading;
/// the word then adds them all without waiting. Each feature is hashed and ranked once. A ring of
/// <see cref="Depth"/> words' buffers (<see cref="BufferLength"/> each) serves the whole sentence.
/// </summary>
internal readonly ref struct PosLookahead
{
    /// <summary>Words in flight: the one scored and the three after it.</summary>
    public const int Depth = 4;

    /// <summary>The length of the buffers the constructor needs: features and rows for <see cref="Depth"/> words, and their counts.</summary>
    public const int BufferLength = Depth * PosFeatures.Count;

    private readonly PosScoringTables? _tables;
    private readonly PerceptronModel _model;
    private readonly ReadOnlySpan<PosFeatures.WordHashes> _words;
    private readonly Span<uint> _features;
    private readonly Span<int> _rows;
    private readonly Span<int> _counts;

    /// <summary>
    /// <paramref name="features"/> and <paramref name="rows"/> hold <see cref="BufferLength"/> items, <paramref name="counts"/>
    /// <see cref="Depth"/>. Without <paramref name="tables"/> (a model fresh from training) nothing is looked up ahead.
    /// </summary>
    public PosLookahead(PosScoringTables? tables, PerceptronModel model, ReadOnlySpan<PosFeatures.WordHashes> words, Span<uint> features, Span<int> rows, Span<int> counts)
    {
        _tables = tables;
        _model = model;
        _words = words;
        _features = features[..BufferLength];
        _rows = rows[..BufferLength];
        _counts = counts[..Depth];
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

    /// <summary>Adds word <paramref name="j"/>'s load-time rows and located rows (after <see cref="Locate"/>) into <paramref name="sums"/>.</summary>
    public void AddStatic(int j, Upos previous, Upos beforePrevious, Span<int> sums)
    {
        if (_tables == null)
        {
            throw new InvalidOperationException("Only a loaded model's words are looked up ahead.");
        }

        _tables.AddRows(_words, j, previous, beforePrevious, sums);
        _model.AddLocated(Rows(j)[.._counts[j % Depth]], sums);
    }

    private bool IsScored(int j) => _tables != null && j < _words.Length && !_words[j].Entry.HasSure;

    private Span<uint> Features(int j) => _features.Slice(j % Depth * PosFeatures.Count, PosFeatures.Count);

    private Span<int> Rows(int j) => _rows.Slice(j % Depth * PosFeatures.Count, PosFeatures.Count);
}
