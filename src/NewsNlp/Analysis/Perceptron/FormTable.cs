using System.Numerics;

namespace NewsNlp.Analysis.Perceptron;

/// <summary>
/// A read-only lookup from a word form to a small value, built for the per-token hot path of the
/// taggers: one flat array of (64-bit hash, value) slots with linear probing, so a lookup hashes the span
/// once and usually touches one cache line — a <see cref="Dictionary{TKey,TValue}"/> of strings reads a
/// bucket, an entry and the key string, three misses on a large lexicon. Forms are identified by their
/// 64-bit hash alone: two different forms of a 125,000-word list share one with odds near 10^-9, and
/// an unknown form passes for a known one with odds near 10^-14 per lookup.
/// </summary>
public sealed class FormTable<TValue>
    where TValue : unmanaged
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _slotMask;

    /// <summary>Builds the table over <paramref name="entries"/> (forms must be distinct).</summary>
    public FormTable(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        // At most half full, so a lookup of an unknown form stops after a probe or two.
        var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, entries.Count)) + 2);
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        _slotMask = _slots.Length - 1;
        foreach (var (form, value) in entries)
        {
            var key = Hash(form);
            var slot = SlotOf(key);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _slotMask;
            }

            _slots[slot] = new Slot(key, value);
        }

        Count = entries.Count;
    }

    public int Count { get; }

    public bool TryGetValue(ReadOnlySpan<char> form, out TValue value)
    {
        var key = Hash(form);
        var slots = _slots;
        for (var slot = SlotOf(key); slots[slot].Key != 0; slot = (slot + 1) & _slotMask)
        {
            if (slots[slot].Key == key)
            {
                value = slots[slot].Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    // FNV-1a over whole UTF-16 units; 0 marks an empty slot, so a form hashing to 0 is stored as 1.
    private static ulong Hash(ReadOnlySpan<char> form)
    {
        var h = Offset;
        foreach (var c in form)
        {
            h = (h ^ c) * Prime;
        }

        return h == 0 ? 1 : h;
    }

    // Fibonacci hashing spreads FNV's weaker low bits over the slot index.
    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15) >> _shift);

    private readonly record struct Slot(ulong Key, TValue Value);
}
