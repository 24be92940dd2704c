namespace NewsNlp.Stance;

/// <summary>
/// Turns (topic, statement) pairs into classifier rows: the statement with topic words marked, the
/// stance cues, and in accurate mode the pair's embedding interactions [s, s·t, |s−t|, cos(s, t)] —
/// the SBERT-style pair features that let a linear model compare a statement with a topic.
/// </summary>
public sealed class StanceFeaturizer(ModelMode mode, IEmbeddingSource? embeddings)
{
    // Words after a negation that count as negated in the context column.
    private const int NegationReach = 3;

    private const int PairEmbeddingCount = (3 * SentenceEmbedder.Dimensions) + 1;

    public ModelMode Mode { get; } = mode;

    public int DenseCount => StanceCues.Count + (Mode == ModelMode.Accurate ? PairEmbeddingCount : 0);

    public ModelInput[] Build(IReadOnlyList<(string Topic, string Statement)> pairs)
    {
        float[][]? statementVectors = null, topicVectors = null;
        if (Mode == ModelMode.Accurate)
        {
            var source = embeddings ?? throw new InvalidOperationException("Accurate mode needs sentence embeddings.");
            statementVectors = source.Sentences(pairs.Select(p => p.Statement).ToArray());
            topicVectors = source.Sentences(pairs.Select(p => p.Topic).ToArray());
        }

        var rows = new ModelInput[pairs.Count];
        var topicWords = TopicWords.None;
        for (var i = 0; i < pairs.Count; i++)
        {
            var (topic, statement) = pairs[i];
            if (i == 0 || !string.Equals(topic, pairs[i - 1].Topic, StringComparison.Ordinal))
            {
                topicWords = new TopicWords(topic);
            }

            var dense = new float[DenseCount];
            StanceCues.Write(topicWords, statement, dense);
            if (statementVectors != null && topicVectors != null)
            {
                WritePairEmbedding(statementVectors[i], topicVectors[i], dense.AsSpan(StanceCues.Count));
            }

            rows[i] = new ModelInput
            {
                Text = TextMarking.MarkTopicWords(statement, topicWords),
                Context = TextMarking.NegationScope(statement, NegationReach),
                Dense = dense,
            };
        }

        return rows;
    }

    private static void WritePairEmbedding(float[] s, float[] t, Span<float> into)
    {
        var d = SentenceEmbedder.Dimensions;
        var cosine = 0f;
        for (var k = 0; k < d; k++)
        {
            into[k] = s[k];
            into[d + k] = s[k] * t[k];
            into[(2 * d) + k] = MathF.Abs(s[k] - t[k]);
            cosine += s[k] * t[k];
        }

        into[3 * d] = cosine;
    }
}
