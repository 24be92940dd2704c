namespace NewsNlp.Stance;

/// <summary>
/// Accurate mode's statement–topic relation: how close a statement's MiniLM embedding is to the topic and
/// to the topic's negation ("X should be repealed" → "X should not be repealed"). A statement nearer the
/// negation than the topic leans against it, whatever the topic is about, which is what transfers to
/// unseen claims and news topics; the full embedding vectors did not (they let a linear model learn the
/// training topics instead — see the stance-accurate card).
/// </summary>
internal static class TopicContrast
{
    /// <summary>cos(s, t), cos(s, ¬t) and their difference.</summary>
    public const int Count = 3;

    private static readonly string[] Auxiliaries =
        ["should", "must", "will", "can", "is", "are", "was", "were", "would", "could", "has", "have", "did", "does", "do"];

    /// <summary>
    /// The topic negated at its first auxiliary ("should" → "should not"; "should not" → "should"), or
    /// prefixed with "It is not the case that" when it has none.
    /// </summary>
    public static string Negate(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var text = topic.AsSpan();
        var position = 0;
        while (WordScanner.NextWord(text, ref position, out var start, out var end))
        {
            if (!IsAuxiliary(text[start..end]))
            {
                continue;
            }

            var after = position;
            if (WordScanner.NextWord(text, ref after, out var nextStart, out var nextEnd) && text[nextStart..nextEnd].Equals("not", StringComparison.OrdinalIgnoreCase))
            {
                return string.Concat(text[..end], text[nextEnd..]);
            }

            return string.Concat(text[..end], " not", text[end..]);
        }

        return "It is not the case that " + topic;
    }

    /// <summary>Writes the <see cref="Count"/> cues of a statement vector <paramref name="s"/> against topic <paramref name="t"/> and its negation.</summary>
    public static void Write(ReadOnlySpan<float> s, ReadOnlySpan<float> t, ReadOnlySpan<float> negated, Span<float> into)
    {
        var toTopic = Dot(s, t);
        var toNegation = Dot(s, negated);
        into[0] = toTopic;
        into[1] = toNegation;
        into[2] = toTopic - toNegation;
    }

    private static bool IsAuxiliary(ReadOnlySpan<char> word)
    {
        foreach (var auxiliary in Auxiliaries)
        {
            if (word.Equals(auxiliary, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Both vectors are unit length, so the dot product is the cosine.
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }
}
