namespace NewsNlp.Stance;

/// <summary>Where a statement comes from: debate corpora (claims and arguments) or news, whose wording differs.</summary>
public enum StanceDomain
{
    Debate,
    News,
}

/// <summary>
/// Turns (topic, statement) pairs into classifier rows: the statement with topic words marked, the
/// stance cues and the statement–topic cues (<see cref="StancePairCues"/>), and in accurate mode how close
/// the statement's MiniLM embedding is to the topic and to its negation (<see cref="TopicContrast"/>).
/// News rows also get a news indicator and a news-only copy of the cues ("frustratingly easy" domain
/// adaptation, Daumé 2007): the few news rows can then move the cue weights for news without being
/// outvoted by thousands of debate rows, which keep the shared copy.
/// </summary>
public sealed class StanceFeaturizer(ModelMode mode, IEmbeddingSource? embeddings)
{
    // Stance cues, then statement–topic cues.
    private const int CueCount = StanceCues.Count + StancePairCues.Count;

    // The cues, the news indicator, the news-only copy of the cues.
    private const int DomainBlockCount = (2 * CueCount) + 1;

    public ModelMode Mode { get; } = mode;

    public int DenseCount => DomainBlockCount + (Mode == ModelMode.Accurate ? TopicContrast.Count : 0);

    /// <summary>Rows of pairs from one domain; the pipeline reads news.</summary>
    public ModelInput[] Build(IReadOnlyList<(string Topic, string Statement)> pairs, StanceDomain domain = StanceDomain.News)
    {
        float[][]? statementVectors = null;
        Dictionary<string, (float[] Topic, float[] Negated)>? topicVectors = null;
        if (Mode == ModelMode.Accurate)
        {
            var source = embeddings ?? throw new InvalidOperationException("Accurate mode needs sentence embeddings.");
            statementVectors = source.Sentences(pairs.Select(p => p.Statement).ToArray());
            topicVectors = TopicVectors(source, pairs);
        }

        var rows = new ModelInput[pairs.Count];
        var topicWords = TopicWords.None;
        var (text, scope) = (new CharBuffer(), new CharBuffer());
        for (var i = 0; i < pairs.Count; i++)
        {
            var (topic, statement) = pairs[i];
            if (i == 0 || !string.Equals(topic, pairs[i - 1].Topic, StringComparison.Ordinal))
            {
                topicWords = new TopicWords(topic);
            }

            var dense = new float[DenseCount];
            WriteRow(topicWords, statement, domain, dense, text, scope);
            if (statementVectors != null && topicVectors != null)
            {
                var (t, negated) = topicVectors[topic];
                TopicContrast.Write(statementVectors[i], t, negated, dense.AsSpan(DomainBlockCount));
            }

            rows[i] = new ModelInput
            {
                Text = text.ToString(),
                Context = scope.ToString(),
                Dense = dense,
            };
        }

        return rows;
    }

    /// <summary>
    /// One statement's row but for accurate mode's embeddings: the text and context columns into
    /// <paramref name="text"/> and <paramref name="scope"/>, the cues and the domain block into the first
    /// dense values (zero before).
    /// </summary>
    internal static void WriteRow(TopicWords topic, ReadOnlySpan<char> statement, StanceDomain domain, Span<float> dense, CharBuffer text, CharBuffer scope)
    {
        StatementScan.Run(topic, statement, dense[..StanceCues.Count], dense.Slice(StanceCues.Count, StancePairCues.Count), text, scope);
        if (domain == StanceDomain.News)
        {
            dense[CueCount] = 1f;
            dense[..CueCount].CopyTo(dense[(CueCount + 1)..]);
        }
    }

    // Each distinct topic and its negation are embedded once: an article's statements share one topic.
    private static Dictionary<string, (float[] Topic, float[] Negated)> TopicVectors(IEmbeddingSource source, IReadOnlyList<(string Topic, string Statement)> pairs)
    {
        var topics = pairs.Select(p => p.Topic).Distinct(StringComparer.Ordinal).ToArray();
        var vectors = source.Sentences([.. topics, .. topics.Select(TopicContrast.Negate)]);
        return topics.Select((topic, i) => (topic, i)).ToDictionary(x => x.topic, x => (vectors[x.i], vectors[topics.Length + x.i]), StringComparer.Ordinal);
    }
}
