namespace NewsNlp.Analysis.Perceptron;

/// <summary>
/// Deterministic feature hashing (FNV-1a, 32-bit) so a feature is a number, not a string: templates hash
/// spans of the text in place, with no substring or string-concatenation per feature. Unlike
/// string.GetHashCode it is stable across processes, which saved models rely on.
/// </summary>
public readonly struct FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    private FeatureHash(uint value) => Value = value;

    public uint Value { get; }

    /// <summary>Starts a feature of the given template (a small number naming what the feature is).</summary>
    public static FeatureHash Start(int template) => new FeatureHash(Offset).Add(template);

    public FeatureHash Add(int value)
    {
        var h = Value;
        h = (h ^ (uint)(value & 0xFF)) * Prime;
        h = (h ^ (uint)((value >> 8) & 0xFF)) * Prime;
        h = (h ^ (uint)((value >> 16) & 0xFF)) * Prime;
        h = (h ^ (uint)(value >>> 24)) * Prime;
        return new FeatureHash(h);
    }

    public FeatureHash Add(char c)
    {
        var h = Value;
        h = (h ^ (c & 0xFFu)) * Prime;
        h = (h ^ ((uint)c >> 8)) * Prime;
        return new FeatureHash(h);
    }

    /// <summary>Adds the characters of a span, followed by a separator so ("ab","c") ≠ ("a","bc").</summary>
    public FeatureHash Add(ReadOnlySpan<char> text)
    {
        var h = Value;
        foreach (var c in text)
        {
            h = (h ^ (c & 0xFFu)) * Prime;
            h = (h ^ ((uint)c >> 8)) * Prime;
        }

        return new FeatureHash((h ^ 0x1Fu) * Prime);
    }

    /// <summary>Adds the span lower-cased (invariant), without allocating.</summary>
    public FeatureHash AddLower(ReadOnlySpan<char> text)
    {
        var h = Value;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            h = (h ^ (c & 0xFFu)) * Prime;
            h = (h ^ ((uint)c >> 8)) * Prime;
        }

        return new FeatureHash((h ^ 0x1Fu) * Prime);
    }

    public static implicit operator uint(FeatureHash hash) => hash.Value;
}
