using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// One thread's weight rows of a sentence's context features (<see cref="StaticParts.Context"/>), looked up
/// before the search starts: every token that may begin a name gets its features made and their rank words
/// asked for, then its rows located and asked for, so the search adds them from cache instead of waiting for
/// memory once per feature — the context features are most of what a scored token reads at random. So do
/// its word-history features (<see cref="NerFeatures.ExtractWordHistory"/>) for the history that most often
/// reaches it, the one ending outside a name. The sums are the same exact integers, so no decision changes.
/// For a loaded model only.
/// </summary>
internal sealed class NerContextRows
{
    // Longer sentences (rare) are scored feature by feature, which keeps the buffers small.
    private const int MaxTokens = 256;

    private const int Stride = NerFeatures.MaxFeatures;

    private const int HistoryStride = NerFeatures.MaxWordHistoryFeatures;

    private readonly PerceptronModel _model;
    private uint[] _features = new uint[32 * Stride];
    private int[] _rows = new int[32 * Stride];

    // Per token: its located rows' count, or −1 when it was not looked up.
    private int[] _counts = new int[32];

    // The word-history features and rows of each looked-up token for its outside history, and their count.
    private uint[] _historyFeatures = new uint[32 * HistoryStride];
    private int[] _historyRows = new int[32 * HistoryStride];
    private int[] _historyCounts = new int[32];

    // Which sentence the rows are of: its text's length and the first and last token's offsets.
    private (int Text, int Tokens, int Start, int End) _sentence = (-1, 0, 0, 0);

    public NerContextRows(PerceptronModel model) => _model = model;

    /// <summary>Looks up the context rows of every token of the sentence that <see cref="SentenceView.StartsNoName"/> does not rule out.</summary>
    public void Prepare(in SentenceView view, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var n = tokens.Length;
        if (n == 0 || n > MaxTokens)
        {
            _sentence = (-1, 0, 0, 0);
            return;
        }

        if (_counts.Length < n)
        {
            var size = Math.Max(n, _counts.Length * 2);
            _counts = new int[size];
            _features = new uint[size * Stride];
            _rows = new int[size * Stride];
            _historyCounts = new int[size];
            _historyFeatures = new uint[size * HistoryStride];
            _historyRows = new int[size * HistoryStride];
        }

        for (var j = 0; j < n; j++)
        {
            _counts[j] = -1;
            if (!view.StartsNoName(j))
            {
                var features = _features.AsSpan(j * Stride, Stride);
                _counts[j] = NerFeatures.ExtractStatic(view, text, tokens, j, features, StaticParts.Context);
                _model.PrefetchRanks(features[.._counts[j]]);
                var history = _historyFeatures.AsSpan(j * HistoryStride, HistoryStride);
                _historyCounts[j] = NerFeatures.ExtractWordHistory(view, tokens, j, OutsideBefore(j), history);
                _model.PrefetchRanks(history[.._historyCounts[j]]);
            }
        }

        for (var j = 0; j < n; j++)
        {
            if (_counts[j] >= 0)
            {
                _counts[j] = _model.Locate(_features.AsSpan(j * Stride, _counts[j]), _rows.AsSpan(j * Stride, Stride));
                _historyCounts[j] = _model.Locate(_historyFeatures.AsSpan(j * HistoryStride, _historyCounts[j]), _historyRows.AsSpan(j * HistoryStride, HistoryStride));
            }
        }

        _sentence = Key(text, tokens);
    }

    /// <summary>
    /// Adds token <paramref name="i"/>'s context rows into <paramref name="sums"/> when <see cref="Prepare"/> looked them
    /// up for this sentence; false otherwise (the caller then scores its context features itself).
    /// </summary>
    public bool TryAdd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, Span<int> sums)
    {
        if (_sentence != Key(text, tokens) || _counts[i] < 0)
        {
            return false;
        }

        _model.AddLocated(_rows.AsSpan(i * Stride, _counts[i]), sums);
        return true;
    }

    /// <summary>
    /// Adds token <paramref name="i"/>'s word-history rows for <paramref name="previous"/> into <paramref name="sums"/> when
    /// <see cref="Prepare"/> looked them up (only for the label a history ending outside a name gives); false otherwise.
    /// Called after <see cref="TryAdd"/> succeeded for the same token, which checked the sentence with its text.
    /// </summary>
    public bool TryAddHistory(ReadOnlySpan<Token> tokens, int i, int previous, Span<int> sums)
    {
        if (_sentence.Text < 0 || _sentence != (_sentence.Text, tokens.Length, tokens[0].Start, tokens[^1].End)
            || _counts[i] < 0 || previous != OutsideBefore(i))
        {
            return false;
        }

        _model.AddLocated(_historyRows.AsSpan(i * HistoryStride, _historyCounts[i]), sums);
        return true;
    }

    // The previous label of a history that reaches token j outside a name: none before the first token, else O.
    private static int OutsideBefore(int j) => j == 0 ? -1 : 0;

    private static (int, int, int, int) Key(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens) =>
        (text.Length, tokens.Length, tokens[0].Start, tokens[^1].End);
}
