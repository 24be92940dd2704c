using NewsNlp.Models;

namespace NewsNlp.Repair;

/// <summary>
/// A set of words that answers "surely not in it" from a small bit array (three bits per word, from one
/// 64-bit hash), for look-ups that mostly miss: the spelling repair tries hundreds of one-edit variants of
/// a non-word, nearly all of them non-words too, and the bit array stays in cache where a dictionary of
/// 80,000 strings does not. Read-only once built, so threads share it.
/// </summary>
internal sealed class SpanBloomFilter
{
    private readonly ulong[] _bits;
    private readonly int _mask;

    /// <summary>Builds a filter of about 20 bits per word (one false "maybe" in a few hundred).</summary>
    public SpanBloomFilter(IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var bits = Math.Max(64, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, words.Count) * 20));
        _bits = new ulong[bits / 64];
        _mask = bits - 1;
        foreach (var word in words)
        {
            var hash = Fnv1a.Of(word);
            for (var k = 0; k < 3; k++)
            {
                var bit = Bit(hash, k);
                _bits[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>False when <paramref name="word"/> is surely not in the set; true when it may be.</summary>
    public bool MightContain(ReadOnlySpan<char> word)
    {
        var hash = Fnv1a.Of(word);
        for (var k = 0; k < 3; k++)
        {
            var bit = Bit(hash, k);
            if ((_bits[bit >> 6] & (1UL << bit)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    // Three bit positions from the two halves of one hash (Kirsch–Mitzenmacher double hashing).
    private int Bit(ulong hash, int k) => (int)(((uint)hash + ((uint)(hash >> 32) * (uint)k)) & (uint)_mask);
}
