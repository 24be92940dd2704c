namespace NewsNlp.Stance;

/// <summary>Where a statement comes from: debate corpora (claims and arguments) or news, whose wording differs.</summary>
public enum StanceDomain
{
    Debate,
    News,
}

/// <summary>
/// Turns (topic, statement) pairs into classifier rows: the statement with topic words marked, the
/// stance cues and the statement–topic cues (<see cref="StancePairCues"/>), and in accurate mode the
/// pair's embedding interactions [s, s·t, |s−t|, cos(s, t)] — the SBERT-style pair features that let a
/// linear model compare a statement with a topic. News rows also get a news indicator and a news-only
/// copy of the cues ("frustratingly easy" domain adaptation, Daumé 2007): the few news rows can then move
/// the cue weights for news without being outvoted by thousands of debate rows, which keep the shared copy.
/// </summary>
public sealed class StanceFeaturizer(ModelMode mode, IEmbeddingSource? embeddings)
{
    // Words after a negation that count as negated in the context column.
    private const int NegationReach = 3;

    private const int PairEmbeddingCount = (3 * SentenceEmbedder.Dimensions) + 1;

    // Stance cues, then statement–topic cues.
    private const int CueCount = StanceCues.Count + StancePairCues.Count;

    // The cues, the news indicator, the news-only copy of the cues.
    private const int DomainBlockCount = (2 * CueCount) + 1;

    public ModelMode Mode { get; } = mode;

    public int DenseCount => DomainBlockCount + (Mode == ModelMode.Accurate ? PairEmbeddingCount : 0);

    /// <summary>Rows of pairs from one domain; the pipeline reads news.</summary>
    public ModelInput[] Build(IReadOnlyList<(string Topic, string Statement)> pairs, StanceDomain domain = StanceDomain.News)
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
            StancePairCues.Write(topicWords, statement, dense.AsSpan(0, StanceCues.Count), dense.AsSpan(StanceCues.Count, StancePairCues.Count));
            if (domain == StanceDomain.News)
            {
                dense[CueCount] = 1f;
                dense.AsSpan(0, CueCount).CopyTo(dense.AsSpan(CueCount + 1));
            }

            if (statementVectors != null && topicVectors != null)
            {
                WritePairEmbedding(statementVectors[i], topicVectors[i], dense.AsSpan(DomainBlockCount));
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
