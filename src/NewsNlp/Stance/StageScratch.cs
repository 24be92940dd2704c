using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// One thread's reusable arrays for the stance stage's per-article work (statements, their predictions,
/// their grouping by stakeholder, the portrayal sentences), so an article allocates none of them: they
/// grow to the largest article seen and stay.
/// </summary>
internal sealed class StageScratch
{
    [ThreadStatic]
    private static StageScratch? _current;

    private StanceProbabilities[] _predictions = new StanceProbabilities[64];
    private Statement[] _grouped = new Statement[64];
    private StanceProbabilities[] _groupedPredictions = new StanceProbabilities[64];
    private long[] _keys = new long[64];
    private int[] _entities = new int[16];
    private (TextSpan, TextSpan)[] _sentences = new (TextSpan, TextSpan)[16 * PortrayalCollector.MaxSentencesPerStakeholder];
    private int[] _sentenceCounts = new int[16];

    public static StageScratch ForThisThread => _current ??= new StageScratch();

    public List<Statement> Statements { get; } = [];

    public Span<StanceProbabilities> PredictionsFor(int count) => Sized(ref _predictions, count).AsSpan(0, count);

    public Span<(TextSpan Sentence, TextSpan Target)> SentencesFor(int entities) =>
        Sized(ref _sentences, entities * PortrayalCollector.MaxSentencesPerStakeholder).AsSpan(0, entities * PortrayalCollector.MaxSentencesPerStakeholder);

    public Span<int> SentenceCountsFor(int entities) => Sized(ref _sentenceCounts, entities).AsSpan(0, entities);

    /// <summary><see cref="Statements"/> as <see cref="GroupByEntity"/> ordered them.</summary>
    public Statement[] Grouped => _grouped;

    /// <summary>The predictions in the order of <see cref="Grouped"/>.</summary>
    public StanceProbabilities[] GroupedPredictions => _groupedPredictions;

    /// <summary>
    /// Orders <see cref="Statements"/> and their <paramref name="predictions"/> by stakeholder id into
    /// <see cref="Grouped"/> and <see cref="GroupedPredictions"/>, each stakeholder's in article order (what
    /// grouping them in order of first sight and sorting the groups by id gives); returns the distinct ids,
    /// ascending.
    /// </summary>
    public ReadOnlySpan<int> GroupByEntity(ReadOnlySpan<StanceProbabilities> predictions)
    {
        var count = Statements.Count;
        var keys = Sized(ref _keys, count).AsSpan(0, count);
        for (var i = 0; i < count; i++)
        {
            keys[i] = ((long)Statements[i].EntityId << 32) | (uint)i;
        }

        keys.Sort();
        var grouped = Sized(ref _grouped, count);
        var groupedPredictions = Sized(ref _groupedPredictions, count);
        var entityCount = 0;
        for (var k = 0; k < count; k++)
        {
            var i = (int)(keys[k] & uint.MaxValue);
            grouped[k] = Statements[i];
            groupedPredictions[k] = predictions[i];
            if (k == 0 || grouped[k].EntityId != grouped[k - 1].EntityId)
            {
                Sized(ref _entities, entityCount + 1)[entityCount++] = grouped[k].EntityId;
            }
        }

        return _entities.AsSpan(0, entityCount);
    }

    private static T[] Sized<T>(ref T[] array, int count)
    {
        if (array.Length < count)
        {
            Array.Resize(ref array, Math.Max(count, array.Length * 2));
        }

        return array;
    }
}
