namespace NewsNlp.Stance;

/// <summary>
/// What statements are compared with in a topic: its content words, the word forms that match them and
/// whether it is negated. Computed once per topic, not once per statement (an article's statements share
/// its topic).
/// </summary>
internal sealed class TopicWords
{
    private const int InitialCapacity = 16;

    // Forms longer than this skip the length mask and are always probed.
    private const int MaxMaskedLength = 63;

    /// <summary>No topic (portrayal): nothing to overlap with.</summary>
    public static readonly TopicWords None = new(string.Empty);

    // Every folded word form that repeats the topic: the content words themselves and every form whose
    // crude stem (TextMarking.Stem) is a content word's stem, so a statement's word costs one probe here,
    // not one for the word and another for its stem.
    private readonly Dictionary<string, TopicMatch>.AlternateLookup<ReadOnlySpan<char>> _forms;

    // The lengths and first letters of the forms: most words of a statement fail these and skip the hashing.
    private readonly ulong _lengths;
    private readonly ulong _firstLetters;

    public TopicWords(string topic)
    {
        // Sized for a headline's words up front: growing it cost more than the rest of the topic's set-up.
        var content = new Dictionary<string, int>(InitialCapacity, StringComparer.Ordinal);
        var reversing = false;
        foreach (var word in new FoldedWords(topic, stackalloc char[FoldedWords.BufferLength]))
        {
            var cues = StanceLexicon.CuesOf(word);
            Negated |= (cues & Cues.Negation) != 0;
            reversing |= (cues & Cues.Reversing) != 0;
            if (!StanceLexicon.Stop.Contains(word) && !content.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word))
            {
                content.Add(word.ToString(), content.Count);
            }
        }

        ContentCount = content.Count;
        Reversed = reversing != Negated;
        var forms = new Dictionary<string, TopicMatch>(InitialCapacity * 2, StringComparer.Ordinal);
        foreach (var word in content.Keys)
        {
            foreach (var form in FormsSharingStem(TextMarking.Stem(word)))
            {
                forms.TryAdd(form, new TopicMatch(-1, SharesStem(word)));
            }
        }

        foreach (var (word, index) in content)
        {
            forms[word] = new TopicMatch(index, SharesStem(word));
        }

        foreach (var form in forms.Keys)
        {
            _lengths |= form.Length <= MaxMaskedLength ? 1UL << form.Length : 0;
            _firstLetters |= LetterBit(form[0]);
        }

        _forms = forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct content words (not function words) the topic has.</summary>
    public int ContentCount { get; }

    public bool Negated { get; }

    /// <summary>
    /// The topic proposes against something ("… should be repealed", "ban …"), or is negated, but not both:
    /// then a statement's approving words oppose what the topic names (stance features only).
    /// </summary>
    public bool Reversed { get; }

    /// <summary>How a folded word relates to the topic: which content word it is, and whether it repeats one (up to a plural "s").</summary>
    public TopicMatch Match(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || (word.Length <= MaxMaskedLength && (_lengths & (1UL << word.Length)) == 0) || (_firstLetters & LetterBit(word[0])) == 0)
        {
            return TopicMatch.NotInTopic;
        }

        return _forms.TryGetValue(word, out var match) ? match : TopicMatch.NotInTopic;
    }

    // Stems were matched through a WordTable, which never holds words over its length cap; kept so that
    // freakishly long topic words mark exactly what they marked before.
    private static bool SharesStem(string word) => TextMarking.Stem(word).Length <= MaxMaskedLength;

    // The words whose TextMarking.Stem is `stem`: the stem itself unless Stem would cut it, and the stem
    // plus "s" when Stem would cut that back to the stem.
    private static IEnumerable<string> FormsSharingStem(string stem)
    {
        if (TextMarking.Stem(stem.AsSpan()).Length == stem.Length)
        {
            yield return stem;
        }

        var plural = stem + "s";
        if (TextMarking.Stem(plural.AsSpan()).Length == stem.Length)
        {
            yield return plural;
        }
    }

    // a–z get a bit each, every other first character shares bit 26.
    private static ulong LetterBit(char c) => c is >= 'a' and <= 'z' ? 1UL << (c - 'a') : 1UL << 26;
}

/// <summary>A statement word against the topic: the index of the content word it is (−1 if none), and whether it repeats a topic word.</summary>
internal readonly record struct TopicMatch(int ContentIndex, bool IsTopicWord)
{
    public static readonly TopicMatch NotInTopic = new(-1, false);
}
