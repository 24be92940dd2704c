using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// One thread's memo of the recogniser's weight sums that depend on one word alone: a word's own features
/// (keyed by its exact characters and the sentence's casing) and the features it gives a token one or
/// two places away (keyed by its lower-case hash and cluster, which is all they read). News repeats its
/// words, so most scored tokens read two or three rows here instead of a weight row per feature at
/// random, where the cache misses were the recogniser's cost. The sums are the same exact integers, so no
/// decision changes. Direct-mapped: a new word overwrites the slot it lands in, so memory stays fixed
/// and nothing is allocated once the thread's cache exists. For a loaded model only, whose weights never change.
/// </summary>
internal sealed class NerWordCache
{
    private const int SlotBits = 12;
    private const int Slots = 1 << SlotBits;

    // Longer words are rare and scored feature by feature.
    private const int MaxWordLength = 24;

    private static readonly int[] Offsets = [-2, -1, 1, 2];

    private readonly PerceptronModel _model;
    private readonly int _k;

    // Word slots: (length × 2 + casing + 1, 0 when empty), the characters, the sums.
    private readonly int[] _wordKeys = new int[Slots];
    private readonly char[] _words = new char[Slots * MaxWordLength];
    private readonly int[] _wordSums;

    // Neighbour slots: (lower hash, cluster, offset, 1 so an empty slot never matches), the sums.
    private readonly ulong[] _neighbourKeys = new ulong[Slots];
    private readonly int[] _neighbourSums;

    public NerWordCache(PerceptronModel model)
    {
        _model = model;
        _k = model.ClassCount;
        _wordSums = new int[Slots * _k];
        _neighbourSums = new int[Slots * _k];
    }

    /// <summary>Adds the sums of token <paramref name="i"/>'s own features (<see cref="StaticParts.Word"/>) into <paramref name="sums"/>.</summary>
    public void AddWord(in SentenceView view, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, Span<int> sums, Span<uint> scratch)
    {
        var word = text.Slice(tokens[i].Start, tokens[i].Length);
        if (word.Length > MaxWordLength)
        {
            _model.AddWeights(scratch[..NerFeatures.ExtractStatic(view, text, tokens, i, scratch, StaticParts.Word)], sums);
            return;
        }

        var key = (word.Length * 2) + (view.IsLowercase ? 1 : 0) + 1;
        var slot = (int)(((view.Lower(i) ^ (view.ShapeOf(i) * 0x9E3779B1u)) * 0x9E3779B1u) >> (32 - SlotBits));
        var chars = _words.AsSpan(slot * MaxWordLength, word.Length);
        var row = _wordSums.AsSpan(slot * _k, _k);
        if (_wordKeys[slot] != key || !word.SequenceEqual(chars))
        {
            row.Clear();
            _model.AddWeights(scratch[..NerFeatures.ExtractStatic(view, text, tokens, i, scratch, StaticParts.Word)], row);
            word.CopyTo(chars);
            _wordKeys[slot] = key;
        }

        IntegerRows.Add(row, sums);
    }

    /// <summary>Adds the sums of the features token <paramref name="i"/>'s neighbours give it (<see cref="StaticParts.Neighbours"/>).</summary>
    public void AddNeighbours(in SentenceView view, int i, Span<int> sums, Span<uint> scratch)
    {
        for (var o = 0; o < Offsets.Length; o++)
        {
            var d = Offsets[o];
            var lower = view.Lower(i + d);
            var key = ((ulong)lower << 32) | ((ulong)view.ClusterOf(i + d) << 8) | ((ulong)o << 1) | 1;
            var slot = (int)((((ulong)lower * 0x9E3779B97F4A7C15ul) + (ulong)o) * 0x9E3779B97F4A7C15ul >> (64 - SlotBits));
            var row = _neighbourSums.AsSpan(slot * _k, _k);
            if (_neighbourKeys[slot] != key)
            {
                row.Clear();
                _model.AddWeights(scratch[..NerFeatures.ExtractNeighbour(view, i, d, scratch)], row);
                _neighbourKeys[slot] = key;
            }

            IntegerRows.Add(row, sums);
        }
    }
}
