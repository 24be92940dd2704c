using NewsNlp.Models;

namespace NewsNlp.Stance;

/// <summary>
/// The sparse features of a text as 64-bit hashes, computed straight from the characters with no
/// substring copies: word unigrams and bigrams (words as <see cref="WordScanner"/> finds them, folded
/// to lower case) and character 4-grams of the lower-cased text between start and end markers. A salt
/// keeps the same n-gram in different columns apart. At 64 bits, collisions among a few hundred
/// thousand n-grams are not a practical concern.
/// </summary>
internal static class NgramHasher
{
    public const int CharGramLength = 4;

    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';

    /// <summary>Adds the hashes of every word and every pair of adjacent words.</summary>
    public static void AddWordGrams(ReadOnlySpan<char> text, ulong salt, List<ulong> into)
    {
        var position = 0;
        var previous = 0UL;
        var havePrevious = false;
        while (WordScanner.NextWord(text, ref position, out var start, out var end))
        {
            var word = Seed(salt);
            foreach (var c in text[start..end])
            {
                word = Fnv1a.Add(word, WordScanner.Fold(c));
            }

            into.Add(Mix(word));
            if (havePrevious)
            {
                into.Add(Mix((previous * Fnv1a.Prime) ^ Mix(word + 1)));
            }

            previous = word;
            havePrevious = true;
        }
    }

    /// <summary>
    /// Adds the hashes of the character 4-grams of the text, lower-cased, with runs of white space as
    /// one space and markers at both ends (so a text shorter than four characters still has one). The
    /// last four characters are kept packed in one 64-bit word, so each gram costs one shift and one
    /// mix, with no buffer and no per-character hashing loop.
    /// </summary>
    public static void AddCharGrams(ReadOnlySpan<char> text, ulong salt, List<ulong> into)
    {
        var seed = Seed(salt);
        ulong window = StartMarker;
        var length = 1;
        var lastWasSpace = true;
        foreach (var raw in text)
        {
            char c;
            if (char.IsWhiteSpace(raw))
            {
                if (lastWasSpace)
                {
                    continue;
                }

                c = ' ';
                lastWasSpace = true;
            }
            else
            {
                c = WordScanner.Fold(raw);
                lastWasSpace = false;
            }

            window = (window << 16) | c;
            if (++length >= CharGramLength)
            {
                into.Add(Mix(window ^ seed));
            }
        }

        // The gram ending in the end marker; for a text under four characters, the only one.
        window = (window << 16) | EndMarker;
        into.Add(Mix(window ^ seed));
    }

    // The salt is mixed before use: XOR-ing a small salt into the FNV offset would let "ctx" with one
    // salt and "atx" with another share a hash.
    private static ulong Seed(ulong salt) => Fnv1a.Offset ^ Mix(salt * 0x9E3779B97F4A7C15UL);

    // SplitMix64's finaliser: spreads FNV's weak low bits over the whole word.
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
