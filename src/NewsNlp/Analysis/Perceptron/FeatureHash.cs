namespace NewsNlp.Analysis.Perceptron;

/// <summary>
/// Deterministic feature hashing (FNV-1a, 32-bit) so a feature is a number, not a string: templates hash
/// spans of the text in place, with no substring or string-concatenation per feature. Unlike
/// string.GetHashCode it is stable across processes, which saved models rely on.
/// </summary>
/// <remarks>
/// A zero byte only multiplies (x ^ 0 = x), so a run of steps whose bytes are zero is one multiplication
/// by a power of the prime: a Latin-1 character (high byte 0) costs one step instead of two, and a small
/// number one instead of four. The values are exactly FNV-1a's (FeatureHashTests checks
/// them against the byte-by-byte definition); hashing is a chain of dependent multiplications, so halving
/// them halves the wait.
/// </remarks>
public readonly struct FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;
    private const uint Prime2 = unchecked(Prime * Prime);
    private const uint Prime4 = unchecked(Prime2 * Prime2);

    private FeatureHash(uint value) => Value = value;

    public uint Value { get; }

    /// <summary>Starts a feature of the given template (a small number naming what the feature is).</summary>
    public static FeatureHash Start(int template) => new FeatureHash(Offset).Add(template);

    /// <summary>Adds the four bytes of <paramref name="value"/>, lowest first.</summary>
    public FeatureHash Add(int value)
    {
        var h = Value;
        if ((uint)value <= 0xFF)
        {
            return new FeatureHash((h ^ (uint)value) * Prime4);
        }

        h = (h ^ (uint)(value & 0xFF)) * Prime;
        h = (h ^ (uint)((value >> 8) & 0xFF)) * Prime;
        h = (h ^ (uint)((value >> 16) & 0xFF)) * Prime;
        h = (h ^ (uint)(value >>> 24)) * Prime;
        return new FeatureHash(h);
    }

    /// <summary>Adds the two bytes of <paramref name="c"/>, low first.</summary>
    public FeatureHash Add(char c) => new(Step(Value, c));

    /// <summary>Adds the characters of a span, followed by a separator so ("ab","c") ≠ ("a","bc").</summary>
    public FeatureHash Add(ReadOnlySpan<char> text)
    {
        var h = Value;
        foreach (var c in text)
        {
            h = Step(h, c);
        }

        return new FeatureHash((h ^ 0x1Fu) * Prime);
    }

    /// <summary>Adds the span lower-cased (invariant), without allocating.</summary>
    public FeatureHash AddLower(ReadOnlySpan<char> text)
    {
        var h = Value;
        foreach (var raw in text)
        {
            h = Step(h, char.ToLowerInvariant(raw));
        }

        return new FeatureHash((h ^ 0x1Fu) * Prime);
    }

    public static implicit operator uint(FeatureHash hash) => hash.Value;

    // One character's two bytes; a Latin-1 character's high byte is 0, so its second step is a bare multiplication.
    private static uint Step(uint h, char c) =>
        c <= 0xFF ? (h ^ c) * Prime2 : (((h ^ (c & 0xFFu)) * Prime) ^ ((uint)c >> 8)) * Prime;
}
