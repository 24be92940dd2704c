namespace NewsNlp.Stakeholders;

/// <summary>
/// Splits a person mention into its title part and its name part and repairs the name's casing,
/// so "special U.S. envoy Steve witkoff" gives the role "special U.S. envoy" and the name "Steve Witkoff".
/// </summary>
internal static class PersonNames
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "ibn", "al", "ter",
    };

    /// <summary>Number of leading words of <paramref name="words"/> that are a title, not the name.</summary>
    public static int TitleLength(IReadOnlyList<string> words)
    {
        var titles = Titles.Default;
        var countries = Countries.Default;
        var n = 0;
        while (n < words.Count - 1 && (titles.IsTitleWord(words[n]) || countries.TryCountryOf(words[n], out _) || IsOfPhrase(words, n)))
        {
            n++;
        }

        return n;
    }

    /// <summary>
    /// Leading words of a name mention that name a department, not the person, when the text before it is
    /// "title of" ("Minister of | Education Stefania Giannini"): all but the last given name and surname
    /// (with the surname's particles, "Ursula von der Leyen"). 0 when fewer than three words.
    /// </summary>
    public static int DepartmentLength(IReadOnlyList<string> words)
    {
        var first = words.Count - 1;
        while (first > 0 && Particles.Contains(words[first - 1]))
        {
            first--;
        }

        return words.Count >= 3 ? Math.Max(first - 1, 0) : 0;
    }

    /// <summary>The name's words without a trailing possessive ("Trump’s" → "Trump").</summary>
    public static string StripPossessive(string word)
    {
        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^2];
        }

        return word.Length > 1 && word[^1] is '\'' or '’' ? word[..^1] : word;
    }

    /// <summary>How well a variant is cased: words starting with a capital, particles excepted.</summary>
    public static int CasingScore(IReadOnlyList<string> words) =>
        words.Count(w => w.Length > 0 && (char.IsUpper(w[0]) || Particles.Contains(w)));

    /// <summary>Capitalises words the text left in lower case, keeping particles ("von der Leyen").</summary>
    public static string RepairCasing(IReadOnlyList<string> words)
    {
        var repaired = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var keep = w.Length == 0 || w.Any(char.IsUpper) || (i > 0 && Particles.Contains(w));
            repaired[i] = keep ? w : char.ToUpperInvariant(w[0]) + w[1..];
        }

        return string.Join(' ', repaired);
    }

    // "Secretary of State": "of" and the word after it belong to the title when a title word precedes.
    private static bool IsOfPhrase(IReadOnlyList<string> words, int n) =>
        n > 0 && n + 2 < words.Count
        && (words[n].Equals("of", StringComparison.OrdinalIgnoreCase) || (words[n - 1].Equals("of", StringComparison.OrdinalIgnoreCase) && char.IsUpper(words[n][0])))
        && Titles.Default.IsTitleWord(words[n - (words[n].Equals("of", StringComparison.OrdinalIgnoreCase) ? 1 : 2)]);

    /// <summary>Surnames at least this long may differ by two letters and still be one misspelt name.</summary>
    private const int MinTwoEditLength = 8;

    /// <summary>
    /// Whether <paramref name="a"/> may be a misspelling of the surname <paramref name="b"/>: one letter apart,
    /// or for long names ("Bauchtman" for "Buchtmann") two letters apart with the same first letter.
    /// </summary>
    public static bool LikelyMisspelling(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (OneEditApart(a, b))
        {
            return true;
        }

        return Math.Min(a.Length, b.Length) >= MinTwoEditLength && Math.Abs(a.Length - b.Length) <= 2
            && char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0]) && EditDistance(a, b) == 2;
    }

    /// <summary>Levenshtein distance, case-insensitive, two rows on the stack (names are short).</summary>
    private static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (b.Length > 64)
        {
            return int.MaxValue;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (same ? 0 : 1));
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }

    /// <summary>One letter inserted, deleted or replaced (case-insensitive).</summary>
    public static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[i]))
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return false;
        }

        // Skip the one differing letter in the longer word (both when the lengths agree) and compare the rest.
        var restA = a.Length >= b.Length ? a[(i + 1)..] : a[i..];
        var restB = b.Length >= a.Length ? b[(i + 1)..] : b[i..];
        return restA.Equals(restB, StringComparison.OrdinalIgnoreCase);
    }
}
