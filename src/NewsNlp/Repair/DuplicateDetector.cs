namespace NewsNlp.Repair;

/// <summary>
/// Finds paragraphs that repeat an earlier one, exactly (same words, ignoring case and punctuation) or
/// nearly (Jaccard similarity of word trigrams ≥ 0.8). Near-duplicate candidates come from a MinHash
/// signature bucket, so the cost stays linear in the number of paragraphs.
/// </summary>
internal static class DuplicateDetector
{
    private const int MinExactChars = 20;
    private const int MinNearWords = 8;
    private const double NearThreshold = 0.8;

    public static void Mark(string text, List<Line> lines, string?[] removed)
    {
        var exact = new HashSet<ulong>();
        var byMinHash = new Dictionary<uint, List<HashSet<uint>>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (removed[i] != null || lines[i].Kind is LineKind.Blank or LineKind.TableSeparator)
            {
                continue;
            }

            var content = lines[i].Of(text);
            var words = WordHashes(content, out var length);
            if (words.Count == 0)
            {
                continue;
            }

            var key = Fingerprint(words);
            if (length >= MinExactChars && !exact.Add(key))
            {
                removed[i] = "exact-duplicate";
                continue;
            }

            if (words.Count < MinNearWords)
            {
                continue;
            }

            var shingles = Shingles(words);
            var signature = shingles.Min();
            if (byMinHash.TryGetValue(signature, out var earlier))
            {
                foreach (var other in earlier)
                {
                    if (Jaccard(shingles, other) >= NearThreshold)
                    {
                        removed[i] = "near-duplicate";
                        break;
                    }
                }

                if (removed[i] != null)
                {
                    continue;
                }
            }
            else
            {
                earlier = [];
                byMinHash[signature] = earlier;
            }

            earlier.Add(shingles);
        }
    }

    // One hash per word, lower-cased, punctuation ignored: no string per word on the hot path.
    private static List<uint> WordHashes(ReadOnlySpan<char> content, out int letters)
    {
        var words = new List<uint>();
        letters = 0;
        var i = 0;
        while (i < content.Length)
        {
            while (i < content.Length && !char.IsLetterOrDigit(content[i]))
            {
                i++;
            }

            var h = 2166136261u;
            var start = i;
            while (i < content.Length && char.IsLetterOrDigit(content[i]))
            {
                h = (h ^ char.ToLowerInvariant(content[i])) * 16777619u;
                i++;
            }

            if (i > start)
            {
                words.Add(h);
                letters += i - start + 1;
            }
        }

        return words;
    }

    private static ulong Fingerprint(List<uint> words)
    {
        var hash = 14695981039346656037UL;
        foreach (var w in words)
        {
            hash = (hash ^ w) * 1099511628211UL;
        }

        return hash;
    }

    private static HashSet<uint> Shingles(List<uint> words)
    {
        var set = new HashSet<uint>();
        for (var i = 0; i + 2 < words.Count; i++)
        {
            set.Add((((words[i] * 16777619u) ^ words[i + 1]) * 16777619u) ^ words[i + 2]);
        }

        return set;
    }

    private static double Jaccard(HashSet<uint> a, HashSet<uint> b)
    {
        var shared = 0;
        foreach (var x in a)
        {
            shared += b.Contains(x) ? 1 : 0;
        }

        return (double)shared / (a.Count + b.Count - shared);
    }
}
