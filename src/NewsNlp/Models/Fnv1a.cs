namespace NewsNlp.Models;

/// <summary>
/// 64-bit FNV-1a, the one cheap streaming hash behind word tables, n-gram features and duplicate
/// fingerprints: fed one value at a time, so callers hash spans, folded characters or word ids without
/// building strings.
/// </summary>
internal static class Fnv1a
{
    public const ulong Offset = 14695981039346656037UL;
    public const ulong Prime = 1099511628211UL;

    /// <summary>The hash so far with one more value mixed in.</summary>
    public static ulong Add(ulong hash, ulong value) => (hash ^ value) * Prime;

    /// <summary>The hash of a span of UTF-16 units.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }
}
