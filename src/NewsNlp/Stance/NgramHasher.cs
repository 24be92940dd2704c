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

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
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
            var word = FnvOffset ^ salt;
            foreach (var c in text[start..end])
            {
                word = (word ^ WordScanner.Fold(c)) * FnvPrime;
            }

            into.Add(Mix(word));
            if (havePrevious)
            {
                into.Add(Mix((previous * FnvPrime) ^ Mix(word + 1)));
            }

            previous = word;
            havePrevious = true;
        }
    }

    /// <summary>
    /// Adds the hashes of the character 4-grams of the text, lower-cased, with runs of white space as
    /// one space and markers at both ends (so a text shorter than four characters still has one).
    /// </summary>
    public static void AddCharGrams(ReadOnlySpan<char> text, ulong salt, List<ulong> into)
    {
        Span<char> window = stackalloc char[CharGramLength];
        var filled = 0;
        var lastWasSpace = true;
        Push(StartMarker, window, ref filled, salt, into);
        foreach (var raw in text)
        {
            if (char.IsWhiteSpace(raw))
            {
                if (!lastWasSpace)
                {
                    Push(' ', window, ref filled, salt, into);
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            Push(WordScanner.Fold(raw), window, ref filled, salt, into);
        }

        Push(EndMarker, window, ref filled, salt, into);
        if (filled < CharGramLength)
        {
            into.Add(Hash(window[..filled], salt));
        }
    }

    // Shifts the character into the window and emits the window's hash once it is full.
    private static void Push(char c, Span<char> window, ref int filled, ulong salt, List<ulong> into)
    {
        if (filled == CharGramLength)
        {
            window[1..].CopyTo(window);
            filled--;
        }

        window[filled++] = c;
        if (filled == CharGramLength)
        {
            into.Add(Hash(window, salt));
        }
    }

    private static ulong Hash(ReadOnlySpan<char> chars, ulong salt)
    {
        var h = FnvOffset ^ salt;
        foreach (var c in chars)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Mix(h);
    }

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
