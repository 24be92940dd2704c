using NewsNlp.Analysis.Clusters;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// Feature templates of the part-of-speech tagger (after Collins 2002 and Honnibal's greedy tagger):
/// the word, its affixes and shape, its neighbours' words and suffixes, word bigrams, the tag sets the
/// lexicon knows for it and the next two words, and the two tags predicted before it. Each token's hashes
/// are computed once (<see cref="DescribeAll"/>) so neighbouring features cost a few multiplications, not
/// a rescan of the text.
/// </summary>
internal static class PosFeatures
{
    /// <summary>The number of features of a word that depend on the word alone.</summary>
    public const int IntrinsicCount = 13 + WordClusters.Levels;

    /// <summary>The number of features of a word that depend on its context.</summary>
    public const int ContextCount = 22;

    /// <summary>The number of context features only a word the lexicon does not know gets.</summary>
    public const int UnknownContextCount = 2;

    /// <summary>The most features <see cref="Extract"/> writes.</summary>
    public const int Count = IntrinsicCount + ContextCount + UnknownContextCount;

    /// <summary>The number of second-pass features <see cref="ExtractLookahead"/> writes.</summary>
    public const int LookaheadCount = 7;

    private static readonly WordHashes Outside = new(0x5EED0001, 0x5EED0002, 0x5EED0003, 0x5EED0004, 0x5EED0005, 0x5EED0006, 0x5EED0007, new PosLexicon.Entry(0xFFFF, Upos.X, false), 0xFF, 0xFFFF, 0, 0);

    /// <summary>A token's hashed properties (lower-cased form, affixes, first character, shape), its lexicon entry and what the word lists say (code, cluster path).</summary>
    public readonly record struct WordHashes(uint Lower, uint Suffix3, uint Suffix2, uint Prefix, uint Shape, uint Suffix4, uint Prefix3, PosLexicon.Entry Entry, byte WordList, ushort LowerTags, ushort WordClasses, ushort Cluster);

    /// <summary>Describes every token of a sentence into <paramref name="output"/> (one per token).</summary>
    public static void DescribeAll(string text, ReadOnlySpan<Token> tokens, PosLexicon lexicon, WordListLexicon wordList, WordClassLexicon wordClasses, Span<WordHashes> output)
    {
        // Lower-case each word once into a buffer; hashing the lowered span equals AddLower of the word.
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            var n = word.Length;
            var lower = n <= buffer.Length ? buffer[..n] : new char[n];
            word.ToLowerInvariant(lower);
            var entry = lexicon.Find(word);
            var lowerHash = FeatureHash.Start(0).Add(lower);
            var suffix3 = FeatureHash.Start(0).Add(lower[Math.Max(0, n - 3)..]);
            var facts = wordList.FactsOfLowerCase(lower);

            // A word with a sure tag is never scored, and neighbours read only its form, suffix, tags and
            // word-list code, so its own affix and shape hashes are skipped (most running text is sure).
            output[i] = entry.HasSure
                ? new WordHashes(lowerHash, suffix3, 0, 0, 0, 0, 0, entry, facts.Code, 0, 0, facts.Cluster)
                : new WordHashes(
                    lowerHash,
                    suffix3,
                    FeatureHash.Start(0).Add(lower[Math.Max(0, n - 2)..]),
                    FeatureHash.Start(0).Add(n > 0 ? word[0] : ' '),
                    ShapeHash(word),
                    FeatureHash.Start(0).Add(lower[Math.Max(0, n - 4)..]),
                    FeatureHash.Start(0).Add(lower[..Math.Min(n, 3)]),
                    entry,
                    facts.Code,
                    LowerCaseTags(word, lower, lexicon),
                    entry.Id == 0 ? wordClasses.CodeOfLowerCase(lower) : (ushort)0,
                    facts.Cluster);
        }
    }

    /// <summary>
    /// Writes the features of word <paramref name="i"/> into <paramref name="output"/> and returns how many:
    /// a word the lexicon does not know also gets its WordNet classes in context (a known word's tag set
    /// says more, and it skips them for speed).
    /// </summary>
    public static int Extract(ReadOnlySpan<WordHashes> words, int i, Upos previous, Upos beforePrevious, Span<uint> output)
    {
        ExtractIntrinsic(words[i], output);
        ExtractContext(words, i, previous, beforePrevious, output[IntrinsicCount..]);
        var w = words[i];
        if (w.Entry.Id != 0)
        {
            return IntrinsicCount + ContextCount;
        }

        var t1 = i > 0 ? (int)previous : 100;
        var n1 = i + 1 < words.Length ? words[i + 1] : Outside;
        output[IntrinsicCount + ContextCount] = FeatureHash.Start(33).Add(t1).Add(w.WordClasses);
        output[IntrinsicCount + ContextCount + 1] = FeatureHash.Start(34).Add(w.WordClasses).Add(n1.Entry.Tags);
        return Count;
    }

    /// <summary>
    /// Writes the <see cref="IntrinsicCount"/> features that depend on the word alone (its form, affixes,
    /// shape, lexicon tags, word-list code): for a known form their weights can be summed once, at load.
    /// </summary>
    public static void ExtractIntrinsic(in WordHashes w, Span<uint> output)
    {
        output[0] = FeatureHash.Start(1);
        output[1] = FeatureHash.Start(2).Add((int)w.Lower);
        output[2] = FeatureHash.Start(3).Add((int)w.Suffix3);
        output[3] = FeatureHash.Start(4).Add((int)w.Prefix);
        output[4] = FeatureHash.Start(5).Add((int)w.Shape);
        output[5] = FeatureHash.Start(16).Add((int)w.Suffix2);
        output[6] = FeatureHash.Start(17).Add((int)w.Suffix4);
        output[7] = FeatureHash.Start(18).Add(w.Entry.Tags);
        output[8] = FeatureHash.Start(22).Add((int)w.Prefix3);
        output[9] = FeatureHash.Start(23).Add(w.WordList);
        output[10] = FeatureHash.Start(30).Add((int)w.Shape).Add((int)w.Lower);
        output[11] = FeatureHash.Start(31).Add(w.LowerTags).Add(w.Entry.Tags);
        output[12] = FeatureHash.Start(32).Add(w.WordClasses);
        for (var level = 0; level < WordClusters.Levels; level++)
        {
            output[13 + level] = FeatureHash.Start(35).Add(WordClusters.Prefix(w.Cluster, level));
        }
    }

    /// <summary>Writes the <see cref="ContextCount"/> features that depend on the neighbours, the position or the previous tags.</summary>
    public static void ExtractContext(ReadOnlySpan<WordHashes> words, int i, Upos previous, Upos beforePrevious, Span<uint> output)
    {
        var w = words[i];
        var p1 = i > 0 ? words[i - 1] : Outside;
        var p2 = i > 1 ? words[i - 2] : Outside;
        var n1 = i + 1 < words.Length ? words[i + 1] : Outside;
        var n2 = i + 2 < words.Length ? words[i + 2] : Outside;
        var t1 = i > 0 ? (int)previous : 100;
        var t2 = i > 1 ? (int)beforePrevious : 100;
        output[0] = FeatureHash.Start(6).Add(t1);
        output[1] = FeatureHash.Start(7).Add(t2);
        output[2] = FeatureHash.Start(8).Add(t1).Add(t2);
        output[3] = FeatureHash.Start(9).Add(t1).Add((int)w.Lower);
        output[4] = FeatureHash.Start(10).Add((int)p1.Lower);
        output[5] = FeatureHash.Start(11).Add((int)p1.Suffix3);
        output[6] = FeatureHash.Start(12).Add((int)n1.Lower);
        output[7] = FeatureHash.Start(13).Add((int)n1.Suffix3);
        output[8] = FeatureHash.Start(14).Add((int)p2.Lower);
        output[9] = FeatureHash.Start(15).Add((int)n2.Lower);
        output[10] = FeatureHash.Start(19).Add(n1.Entry.Tags);
        output[11] = FeatureHash.Start(20).Add(n2.Entry.Tags);
        output[12] = FeatureHash.Start(21).Add(w.Entry.Tags).Add(n1.Entry.Tags);
        output[13] = FeatureHash.Start(24).Add(w.WordList).Add((int)w.Shape).Add(i == 0 ? 1 : 0);
        output[14] = FeatureHash.Start(25).Add(n1.WordList);
        output[15] = FeatureHash.Start(26).Add((int)p1.Lower).Add((int)w.Lower);
        output[16] = FeatureHash.Start(27).Add((int)w.Lower).Add((int)n1.Lower);
        output[17] = FeatureHash.Start(28).Add(t1).Add((int)n1.Lower);
        output[18] = FeatureHash.Start(29).Add(t1).Add((int)w.Suffix3);
        output[19] = FeatureHash.Start(38).Add(t1).Add(WordClusters.Prefix(w.Cluster, 1));
        output[20] = FeatureHash.Start(39).Add(WordClusters.Prefix(n1.Cluster, 1));
        output[21] = FeatureHash.Start(47).Add(WordClusters.Prefix(p1.Cluster, 1));
    }

    /// <summary>
    /// Writes the <see cref="LookaheadCount"/> features of the second pass for word <paramref name="w"/>:
    /// the first pass's tags before it (<paramref name="t1"/>) and after it (<paramref name="n1"/>,
    /// <paramref name="n2"/>), which a left-to-right pass cannot see to its right (<see cref="TagAround(ReadOnlySpan{Upos}, int)"/>).
    /// </summary>
    public static void ExtractLookahead(in WordHashes w, int t1, int n1, int n2, Span<uint> output)
    {
        output[0] = FeatureHash.Start(40).Add(n1);
        output[1] = FeatureHash.Start(41).Add(n1).Add(n2);
        output[2] = FeatureHash.Start(42).Add(n1).Add((int)w.Lower);
        output[3] = FeatureHash.Start(43).Add(t1).Add(n1);
        output[4] = FeatureHash.Start(44).Add(n1).Add((int)w.Suffix3);
        output[5] = FeatureHash.Start(45).Add(n1).Add(w.Entry.Tags);
        output[6] = FeatureHash.Start(46).Add(n2);
    }

    /// <summary>The tag at position <paramref name="j"/> as a feature value; 100 outside the sentence.</summary>
    public static int TagAround(ReadOnlySpan<Upos> tags, int j) => j >= 0 && j < tags.Length ? (int)tags[j] : 100;

    /// <summary>The tag of token <paramref name="j"/> as a feature value; 100 outside the sentence.</summary>
    public static int TagAround(ReadOnlySpan<Token> tokens, int j) => j >= 0 && j < tokens.Length ? (int)tokens[j].Pos : 100;

    // The tags the lexicon knows for the lower-cased form tell a capitalised sentence opener or a shouted
    // word ("Apple", "WATCH") from a name; 0xFFFF marks a word that is lower case already.
    private static ushort LowerCaseTags(ReadOnlySpan<char> word, ReadOnlySpan<char> lower, PosLexicon lexicon) =>
        word.SequenceEqual(lower) ? (ushort)0xFFFF : lexicon.Find(lower).Tags;

    // The word's character classes with runs collapsed: "Zelenskyy" → "Xx", "10:30" → "d:d", "U.S." → "X.X.".
    private static uint ShapeHash(ReadOnlySpan<char> word)
    {
        var hash = FeatureHash.Start(0);
        var last = '\0';
        foreach (var c in word)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (kind != last)
            {
                hash = hash.Add(kind);
                last = kind;
            }
        }

        return hash;
    }
}
