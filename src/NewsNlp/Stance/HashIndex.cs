namespace NewsNlp.Stance;

/// <summary>
/// A read-only map from well-mixed 64-bit hashes to feature indices: open addressing with linear
/// probing over a power-of-two table, the hash's low bits as the slot. Faster than a Dictionary for
/// the few hundred look-ups per statement, and immutable once built, so threads share it.
/// </summary>
internal sealed class HashIndex
{
    // Zero marks an empty slot; a real hash of zero is dropped (a one-in-2^64 feature).
    private const ulong Empty = 0;

    // Key and index side by side: a look-up touches one cache line, not two arrays.
    private readonly Slot[] _slots;
    private readonly int _mask;

    public HashIndex(IEnumerable<ulong> hashesInIndexOrder, int count)
    {
        var size = 16;
        while (size < count * 2)
        {
            size <<= 1;
        }

        _slots = new Slot[size];
        _mask = size - 1;
        var index = 0;
        foreach (var hash in hashesInIndexOrder)
        {
            if (hash != Empty)
            {
                var slot = (int)hash & _mask;
                while (_slots[slot].Key != Empty && _slots[slot].Key != hash)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = new Slot(hash, index);
            }

            index++;
        }
    }

    public bool TryGet(ulong hash, out int index)
    {
        var slot = (int)hash & _mask;
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Key == hash && hash != Empty)
            {
                index = entry.Index;
                return true;
            }

            if (entry.Key == Empty)
            {
                index = -1;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private readonly record struct Slot(ulong Key, int Index);
}
