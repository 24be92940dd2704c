using System.Numerics;

namespace NewsNlp.Models;

/// <summary>
/// A read-only map from 64-bit hashes to small values, for per-token and per-n-gram look-ups in hot paths:
/// one flat array of (key, value) slots with linear probing, at most half full, so a look-up usually touches
/// one cache line (a <see cref="Dictionary{TKey,TValue}"/> reads a bucket and an entry). Immutable once
/// built, so threads share it. Key 0 marks an empty slot and is stored as 1 (a one-in-2^64 collision).
/// </summary>
internal sealed class HashKeyTable<TValue>
    where TValue : unmanaged
{
    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _slotMask;

    /// <summary>Builds the table; a key given twice keeps its last value.</summary>
    public HashKeyTable(IEnumerable<(ulong Key, TValue Value)> entries, int count)
    {
        var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, count)) + 2);
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        _slotMask = _slots.Length - 1;
        foreach (var (raw, value) in entries)
        {
            var key = Stored(raw);
            var slot = SlotOf(key);
            while (_slots[slot].Key != 0 && _slots[slot].Key != key)
            {
                slot = (slot + 1) & _slotMask;
            }

            _slots[slot] = new Slot(key, value);
        }
    }

    public bool TryGetValue(ulong key, out TValue value)
    {
        key = Stored(key);
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

    /// <summary>
    /// Asks the processor to start loading the slot a look-up of <paramref name="key"/> reads first, so a
    /// batch of look-ups waits for memory once rather than once per key. A hint only: no effect on results.
    /// </summary>
    public void Prefetch(ulong key) => CacheHint.Prefetch(ref _slots[SlotOf(Stored(key))]);

    /// <summary>True when <paramref name="other"/> holds the same keys and values in the same slots.</summary>
    public bool HasSameSlotsAs(HashKeyTable<TValue> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _slots.AsSpan().SequenceEqual(other._slots);
    }

    private static ulong Stored(ulong key) => key == 0 ? 1 : key;

    // Fibonacci hashing spreads any weakness in the key's low bits over the slot index.
    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15) >> _shift);

    private readonly record struct Slot(ulong Key, TValue Value);
}
