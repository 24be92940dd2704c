using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// One thread's weight rows of a sentence's context features (<see cref="StaticParts.Context"/>), looked up
/// before the search starts: every token that may begin a name gets its features made and their rank words
/// asked for, then its rows located and asked for, so the search adds them from cache instead of waiting for
/// memory once per feature — the context features are most of what a scored token reads at random. The sums
/// are the same exact integers, so no decision changes. For a loaded model only.
/// </summary>
internal sealed class NerContextRows
{
    // Longer sentences (rare) are scored feature by feature, which keeps the buffers small.
    private const int MaxTokens = 256;

    private const int Stride = NerFeatures.MaxFeatures;

    private readonly PerceptronModel _model;
    private uint[] _features = new uint[32 * Stride];
    private int[] _rows = new int[32 * Stride];

    // Per token: its located rows' count, or −1 when it was not looked up.
    private int[] _counts = new int[32];

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
        }

        for (var j = 0; j < n; j++)
        {
            _counts[j] = -1;
            if (!view.StartsNoName(j))
            {
                var features = _features.AsSpan(j * Stride, Stride);
                _counts[j] = NerFeatures.ExtractStatic(view, text, tokens, j, features, StaticParts.Context);
                _model.PrefetchRanks(features[.._counts[j]]);
            }
        }

        for (var j = 0; j < n; j++)
        {
            if (_counts[j] >= 0)
            {
                _counts[j] = _model.Locate(_features.AsSpan(j * Stride, _counts[j]), _rows.AsSpan(j * Stride, Stride));
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

    private static (int, int, int, int) Key(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens) =>
        (text.Length, tokens.Length, tokens[0].Start, tokens[^1].End);
}
