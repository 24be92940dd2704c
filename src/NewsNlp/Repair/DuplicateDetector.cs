using NewsNlp.Models;
namespace NewsNlp.Repair;

/// <summary>
/// Finds paragraphs that repeat an earlier one, exactly (same words, ignoring case and punctuation) or
/// nearly (Jaccard similarity of word trigrams ≥ 0.8). Near-duplicate candidates come from MinHash
/// sketch buckets, so the cost stays linear in the number of paragraphs.
/// </summary>
internal static class DuplicateDetector
{
    private const int MinExactChars = 20;
    private const int MinNearWords = 8;
    private const double NearThreshold = 0.8;
    private const int SketchSize = 4;

    public static void Mark(string text, List<Line> lines, string?[] removed)
    {
        var exact = new HashSet<ulong>();
        var byMinHash = new Dictionary<uint, List<ShingleSet>>();
        var words = new List<uint>();
        Span<uint> sketch = stackalloc uint[SketchSize];
        for (var i = 0; i < lines.Count; i++)
        {
            if (removed[i] != null || lines[i].Kind is LineKind.Blank or LineKind.TableSeparator)
            {
                continue;
            }

            var content = lines[i].Of(text);
            var length = WordHashes(content, words);
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

            // Bucketed by its few smallest shingle hashes (a bottom-k MinHash sketch): near duplicates share
            // one of them with high probability, and only paragraphs in shared buckets are compared.
            var shingles = new ShingleSet(Shingles(words));
            var sketchLength = Smallest(shingles.Hashes, sketch);
            for (var k = 0; k < sketchLength && removed[i] == null; k++)
            {
                if (byMinHash.TryGetValue(sketch[k], out var earlier))
                {
                    foreach (var other in earlier)
                    {
                        if (Jaccard(shingles.Sorted(), other.Sorted()) >= NearThreshold)
                        {
                            removed[i] = "near-duplicate";
                            break;
                        }
                    }
                }
            }

            if (removed[i] != null)
            {
                continue;
            }

            for (var k = 0; k < sketchLength; k++)
            {
                if (!byMinHash.TryGetValue(sketch[k], out var bucket))
                {
                    bucket = [];
                    byMinHash[sketch[k]] = bucket;
                }

                bucket.Add(shingles);
            }
        }
    }

    // One hash per word, lower-cased, punctuation ignored: no string per word on the hot path.
    private static int WordHashes(ReadOnlySpan<char> content, List<uint> words)
    {
        words.Clear();
        var letters = 0;
        var i = 0;
        while (i < content.Length)
        {
            while (i < content.Length && Folded(content[i]) == 0)
            {
                i++;
            }

            var h = 2166136261u;
            var start = i;
            for (char folded; i < content.Length && (folded = Folded(content[i])) != 0; i++)
            {
                h = (h ^ folded) * 16777619u;
            }

            if (i > start)
            {
                words.Add(h);
                letters += i - start + 1;
            }
        }

        return letters;
    }

    // A letter or digit in lower case, or 0 for any other character; ASCII from a table (most news text).
    private static char Folded(char c)
        => c < 128 ? (char)AsciiFolded[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';

    private static readonly byte[] AsciiFolded = Enumerable.Range(0, 128)
        .Select(c => (byte)(char.IsAsciiLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c) : 0)).ToArray();

    private static ulong Fingerprint(List<uint> words)
    {
        var hash = Fnv1a.Offset;
        foreach (var w in words)
        {
            hash = Fnv1a.Add(hash, w);
        }

        return hash;
    }

    // Word-trigram hashes, in text order.
    private static uint[] Shingles(List<uint> words)
    {
        var shingles = new uint[words.Count - 2];
        for (var i = 0; i + 2 < words.Count; i++)
        {
            shingles[i] = (((words[i] * 16777619u) ^ words[i + 1]) * 16777619u) ^ words[i + 2];
        }

        return shingles;
    }

    // The distinct smallest hashes, ascending, into sketch (one pass: no sort); returns how many.
    private static int Smallest(uint[] hashes, Span<uint> sketch)
    {
        var count = 0;
        foreach (var h in hashes)
        {
            if (count == sketch.Length && h >= sketch[^1])
            {
                continue;
            }

            var at = sketch[..count].BinarySearch(h);
            if (at >= 0)
            {
                continue;
            }

            at = ~at;
            var last = Math.Min(count, sketch.Length - 1);
            sketch[at..last].CopyTo(sketch[(at + 1)..]);
            sketch[at] = h;
            count = Math.Min(count + 1, sketch.Length);
        }

        return count;
    }

    // A paragraph's shingles, sorted and without repeats only when first compared: most paragraphs never are.
    private sealed class ShingleSet(uint[] hashes)
    {
        private uint[]? _sorted;

        public uint[] Hashes => hashes;

        public uint[] Sorted()
        {
            if (_sorted == null)
            {
                Array.Sort(hashes);
                var unique = 1;
                for (var i = 1; i < hashes.Length; i++)
                {
                    if (hashes[i] != hashes[unique - 1])
                    {
                        hashes[unique++] = hashes[i];
                    }
                }

                _sorted = hashes[..unique];
            }

            return _sorted;
        }
    }

    private static double Jaccard(uint[] a, uint[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / (a.Length + b.Length - shared);
    }
}
