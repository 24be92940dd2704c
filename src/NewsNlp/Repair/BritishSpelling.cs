namespace NewsNlp.Repair;

/// <summary>A test on a word given as a span (the dictionaries are looked up without making strings).</summary>
internal delegate bool SpanPredicate(ReadOnlySpan<char> word);

/// <summary>
/// British spellings of words the American frequency list knows ("iodise", "organisation", "analysed",
/// "centre", "colour", "defence") are words, not typos: UK and Commonwealth news writes
/// them. Each is tested by rewriting one British pattern to its American form and looking that up.
/// </summary>
internal static class BritishSpelling
{
    // British → American, anywhere in the word (both sides the same length, so rewriting is in place).
    private static readonly (string British, string American)[] SameLength =
    [
        ("ise", "ize"), ("isa", "iza"), ("isi", "izi"), ("yse", "yze"), ("ysi", "yzi"), ("ence", "ense"), ("tre", "ter"),
    ];

    /// <summary>True when one British pattern of <paramref name="word"/>, written the American way, is a word <paramref name="isKnown"/> accepts.</summary>
    public static bool HasAmericanForm(ReadOnlySpan<char> word, SpanPredicate isKnown)
    {
        Span<char> buffer = stackalloc char[word.Length];
        foreach (var (british, american) in SameLength)
        {
            for (var at = word.IndexOf(british, StringComparison.Ordinal); at >= 0; at = NextIndex(word, british, at))
            {
                word.CopyTo(buffer);
                american.AsSpan().CopyTo(buffer[at..]);
                if (isKnown(buffer))
                {
                    return true;
                }
            }
        }

        // "colour" → "color": one letter fewer. (Not "travelled" → "traveled": an inserted "l" is a common
        // slip, "cancellled", and the frequency list has the British doubled forms anyway.)
        return WithoutLetter(word, "our", 1, isKnown);
    }

    private static int NextIndex(ReadOnlySpan<char> word, string pattern, int after)
    {
        var next = word[(after + 1)..].IndexOf(pattern, StringComparison.Ordinal);
        return next < 0 ? -1 : after + 1 + next;
    }

    // The word with the letter at offset `drop` of each `pattern` sighting removed.
    private static bool WithoutLetter(ReadOnlySpan<char> word, string pattern, int drop, SpanPredicate isKnown)
    {
        Span<char> buffer = stackalloc char[word.Length];
        for (var at = word.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = NextIndex(word, pattern, at))
        {
            var cut = at + drop;
            word[..cut].CopyTo(buffer);
            word[(cut + 1)..].CopyTo(buffer[cut..]);
            if (isKnown(buffer[..(word.Length - 1)]))
            {
                return true;
            }
        }

        return false;
    }
}
