using System.Buffers;
using System.Runtime.CompilerServices;
using NewsNlp.Analysis.Clusters;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;
using NewsNlp.Models;

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

    /// <summary>The number of <see cref="ExtractTags"/> features.</summary>
    public const int TagCount = 3;

    /// <summary>The number of <see cref="ExtractPairs"/> features.</summary>
    public const int PairCount = 7;

    /// <summary>The number of <see cref="ExtractWordPairs"/> features (among the pairs).</summary>
    public const int WordPairCount = 3;

    /// <summary>The number of <see cref="ExtractTagPairs"/> features (the other pairs).</summary>
    public const int TagPairCount = PairCount - WordPairCount;

    /// <summary>The stand-in for the words before and after the sentence.</summary>
    public static readonly WordHashes Outside = new(0x5EED0001, 0x5EED0002, 0x5EED0003, 0x5EED0004, 0x5EED0005, 0x5EED0006, 0x5EED0007, new PosLexicon.Entry(0xFFFF, Upos.X, false), 0xFF, 0xFFFF, 0, 0);

    /// <summary>A token's hashed properties (lower-cased form, affixes, first character, shape), its lexicon entry and what the word lists say (code, cluster path).</summary>
    public readonly record struct WordHashes(uint Lower, uint Suffix3, uint Suffix2, uint Prefix, uint Shape, uint Suffix4, uint Prefix3, PosLexicon.Entry Entry, byte WordList, ushort LowerTags, ushort WordClasses, ushort Cluster);

    /// <summary>Where a neighbour stands relative to the word being tagged.</summary>
    public enum Neighbour
    {
        Previous,
        Next,
        SecondPrevious,
        SecondNext,
    }

    /// <summary>
    /// Describes every token of a sentence into <paramref name="output"/> (one per token). A word the
    /// lexicon knows is copied from <paramref name="known"/> (indexed by lexicon id) when that is given:
    /// its description depends on the form alone, so it can be made once, at load.
    /// </summary>
    public static void DescribeAll(string text, ReadOnlySpan<Token> tokens, PosLexicon lexicon, WordListLexicon wordList, WordClassLexicon wordClasses, Span<WordHashes> output, ReadOnlySpan<WordHashes> known = default)
    {
        // Lower-case each word once into a buffer; hashing the lowered span equals AddLower of the word.
        Span<char> buffer = stackalloc char[64];

        // Every form's lexicon slot, then every known form's description, starts loading before the first
        // is read: the sentence waits for memory twice instead of twice per word.
        foreach (var token in tokens)
        {
            lexicon.Prefetch(text.AsSpan(token.Start, token.Length));
        }

        var entries = ArrayPool<PosLexicon.Entry>.Shared.Rent(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            entries[i] = lexicon.Find(text.AsSpan(tokens[i].Start, tokens[i].Length));
            if (entries[i].Id != 0 && !known.IsEmpty)
            {
                CacheHint.Prefetch(ref Unsafe.AsRef(in known[entries[i].Id]));
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            var entry = entries[i];
            if (entry.Id != 0 && !known.IsEmpty)
            {
                output[i] = known[entry.Id];
                continue;
            }

            var n = word.Length;
            var lower = n <= buffer.Length ? buffer[..n] : new char[n];
            word.ToLowerInvariant(lower);
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

        ArrayPool<PosLexicon.Entry>.Shared.Return(entries);
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

        ExtractUnknownContext(w, NeighbourOf(words, i, Neighbour.Next), i > 0 ? (int)previous : 100, output[(IntrinsicCount + ContextCount)..]);
        return Count;
    }

    /// <summary>The <see cref="UnknownContextCount"/> features of a word the lexicon does not know: its WordNet classes with the previous tag and with the next word's tags.</summary>
    public static void ExtractUnknownContext(in WordHashes w, in WordHashes n1, int t1, Span<uint> output)
    {
        output[0] = FeatureHash.Start(33).Add(t1).Add(w.WordClasses);
        output[1] = FeatureHash.Start(34).Add(w.WordClasses).Add(n1.Entry.Tags);
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
        var n1 = i + 1 < words.Length ? words[i + 1] : Outside;
        var t1 = i > 0 ? (int)previous : 100;
        var t2 = i > 1 ? (int)beforePrevious : 100;
        var n = 0;
        ExtractTags(t1, t2, output[n..]);
        n += TagCount;
        ExtractPairs(w, p1, n1, t1, output[n..]);
        n += PairCount;
        output[n++] = ExtractOpening(w, i == 0);
        ExtractAsNeighbour(p1, Neighbour.Previous, output[n..]);
        n += NeighbourCount(Neighbour.Previous);
        ExtractAsNeighbour(n1, Neighbour.Next, output[n..]);
        n += NeighbourCount(Neighbour.Next);
        ExtractAsNeighbour(NeighbourOf(words, i, Neighbour.SecondPrevious), Neighbour.SecondPrevious, output[n..]);
        n += NeighbourCount(Neighbour.SecondPrevious);
        ExtractAsNeighbour(NeighbourOf(words, i, Neighbour.SecondNext), Neighbour.SecondNext, output[n..]);
    }

    /// <summary>The word at <paramref name="role"/> from word <paramref name="i"/>, or the stand-in outside the sentence.</summary>
    public static WordHashes NeighbourOf(ReadOnlySpan<WordHashes> words, int i, Neighbour role)
    {
        var j = i + role switch { Neighbour.Previous => -1, Neighbour.Next => 1, Neighbour.SecondPrevious => -2, _ => 2 };
        return j >= 0 && j < words.Length ? words[j] : Outside;
    }

    /// <summary>How many features <see cref="ExtractAsNeighbour"/> writes for <paramref name="role"/>.</summary>
    public static int NeighbourCount(Neighbour role) => role switch
    {
        Neighbour.Previous => 3,
        Neighbour.Next => 5,
        Neighbour.SecondPrevious => 1,
        _ => 2,
    };

    /// <summary>
    /// The context features that depend on one neighbour alone (its form, suffix, tags, code or cluster):
    /// for a known form their weights can be summed once per role, at load.
    /// </summary>
    public static void ExtractAsNeighbour(in WordHashes v, Neighbour role, Span<uint> output)
    {
        switch (role)
        {
            case Neighbour.Previous:
                output[0] = FeatureHash.Start(10).Add((int)v.Lower);
                output[1] = FeatureHash.Start(11).Add((int)v.Suffix3);
                output[2] = FeatureHash.Start(47).Add(WordClusters.Prefix(v.Cluster, 1));
                break;
            case Neighbour.Next:
                output[0] = FeatureHash.Start(12).Add((int)v.Lower);
                output[1] = FeatureHash.Start(13).Add((int)v.Suffix3);
                output[2] = FeatureHash.Start(19).Add(v.Entry.Tags);
                output[3] = FeatureHash.Start(25).Add(v.WordList);
                output[4] = FeatureHash.Start(39).Add(WordClusters.Prefix(v.Cluster, 1));
                break;
            case Neighbour.SecondPrevious:
                output[0] = FeatureHash.Start(14).Add((int)v.Lower);
                break;
            default:
                output[0] = FeatureHash.Start(15).Add((int)v.Lower);
                output[1] = FeatureHash.Start(20).Add(v.Entry.Tags);
                break;
        }
    }

    /// <summary>The <see cref="TagCount"/> features of the two previous tags alone (100 outside the sentence).</summary>
    public static void ExtractTags(int t1, int t2, Span<uint> output)
    {
        output[0] = FeatureHash.Start(6).Add(t1);
        output[1] = FeatureHash.Start(7).Add(t2);
        output[2] = FeatureHash.Start(8).Add(t1).Add(t2);
    }

    /// <summary>The feature of the word's code and shape at the sentence's opening or elsewhere (a function of the word and that flag).</summary>
    public static uint ExtractOpening(in WordHashes w, bool first) => FeatureHash.Start(24).Add(w.WordList).Add((int)w.Shape).Add(first ? 1 : 0);

    /// <summary>The <see cref="PairCount"/> features that combine the word with a neighbour or the previous tag.</summary>
    public static void ExtractPairs(in WordHashes w, in WordHashes p1, in WordHashes n1, int t1, Span<uint> output)
    {
        // The tag pairs land at 3–6 and the first moves to 0, where the word pairs do not overwrite it:
        // the order training has always used (its float sums depend on it).
        ExtractTagPairs(w, n1, t1, output[3..]);
        output[0] = output[3];
        ExtractWordPairs(w, p1, n1, output[1..]);
    }

    /// <summary>
    /// The <see cref="TagPairCount"/> features of <see cref="ExtractPairs"/> that read the previous tag: known as soon
    /// as the word before is tagged, so their weights can start loading before the word is scored.
    /// </summary>
    public static void ExtractTagPairs(in WordHashes w, in WordHashes n1, int t1, Span<uint> output)
    {
        output[0] = FeatureHash.Start(9).Add(t1).Add((int)w.Lower);
        output[1] = FeatureHash.Start(28).Add(t1).Add((int)n1.Lower);
        output[2] = FeatureHash.Start(29).Add(t1).Add((int)w.Suffix3);
        output[3] = FeatureHash.Start(38).Add(t1).Add(WordClusters.Prefix(w.Cluster, 1));
    }

    /// <summary>
    /// The <see cref="WordPairCount"/> features of <see cref="ExtractPairs"/> that read no tag (the word's tag set
    /// with the next word's, and the word bigrams): known before the previous word is tagged.
    /// </summary>
    public static void ExtractWordPairs(in WordHashes w, in WordHashes p1, in WordHashes n1, Span<uint> output)
    {
        output[0] = FeatureHash.Start(21).Add(w.Entry.Tags).Add(n1.Entry.Tags);
        output[1] = FeatureHash.Start(26).Add((int)p1.Lower).Add((int)w.Lower);
        output[2] = FeatureHash.Start(27).Add((int)w.Lower).Add((int)n1.Lower);
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
