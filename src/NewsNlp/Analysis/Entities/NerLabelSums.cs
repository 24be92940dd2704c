using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The recogniser's weight sums of the history features that read labels alone — the previous label, the
/// previous two, and the document's label for the word with the previous one — made once at load for every
/// combination (a few thousand integers), so each candidate history of the search adds one or two rows
/// from cache instead of ranking and reading two to four hashed features. The sums are the same exact
/// integers, so no decision changes. Immutable: shared by all threads.
/// </summary>
internal sealed class NerLabelSums
{
    private readonly int _k;

    // Label values as features run from −1 (before the sentence, or none) to k − 1: index value + 1.
    private readonly int _labelValues;
    private readonly int[] _labels;
    private readonly int[] _documents;

    private NerLabelSums(PerceptronModel model, int types)
    {
        _k = model.ClassCount;
        _labelValues = _k + 1;
        _labels = new int[_labelValues * _labelValues * _k];
        _documents = new int[types * _labelValues * _k];
        Span<uint> features = stackalloc uint[2];
        for (var previous = -1; previous < _k; previous++)
        {
            for (var beforePrevious = -1; beforePrevious < _k; beforePrevious++)
            {
                var count = NerFeatures.ExtractLabels(previous, beforePrevious, features);
                model.AddWeights(features[..count], _labels.AsSpan(LabelRow(previous, beforePrevious), _k));
            }

            for (var type = 0; type < types; type++)
            {
                var count = NerFeatures.ExtractDocument(type, previous, features);
                model.AddWeights(features[..count], _documents.AsSpan(DocumentRow(type, previous), _k));
            }
        }
    }

    /// <summary>The sums for a loaded model (whose weights are integers) over <paramref name="types"/> entity types.</summary>
    public static NerLabelSums Build(PerceptronModel model, int types) => new(model, types);

    /// <summary>
    /// Adds the sums of <see cref="NerFeatures.ExtractLabels"/> and <see cref="NerFeatures.ExtractDocument"/> for these labels
    /// into <paramref name="sums"/>: with <see cref="NerFeatures.ExtractWordHistory"/>'s, exactly <see cref="NerFeatures.ExtractHistory"/>'s.
    /// </summary>
    public void Add(int previous, int beforePrevious, int documentLabel, Span<int> sums)
    {
        IntegerRows.Add(_labels.AsSpan(LabelRow(previous, beforePrevious), _k), sums);
        if (documentLabel >= 0)
        {
            IntegerRows.Add(_documents.AsSpan(DocumentRow(documentLabel, previous), _k), sums);
        }
    }

    private int LabelRow(int previous, int beforePrevious) => (((previous + 1) * _labelValues) + beforePrevious + 1) * _k;

    private int DocumentRow(int type, int previous) => ((type * _labelValues) + previous + 1) * _k;
}
