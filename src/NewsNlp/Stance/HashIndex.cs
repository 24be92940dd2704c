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

    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public HashIndex(IEnumerable<ulong> hashesInIndexOrder, int count)
    {
        var size = 16;
        while (size < count * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _values = new int[size];
        _mask = size - 1;
        var index = 0;
        foreach (var hash in hashesInIndexOrder)
        {
            if (hash != Empty)
            {
                var slot = (int)hash & _mask;
                while (_keys[slot] != Empty && _keys[slot] != hash)
                {
                    slot = (slot + 1) & _mask;
                }

                _keys[slot] = hash;
                _values[slot] = index;
            }

            index++;
        }
    }

    public bool TryGet(ulong hash, out int index)
    {
        var slot = (int)hash & _mask;
        while (true)
        {
            var key = _keys[slot];
            if (key == hash && key != Empty)
            {
                index = _values[slot];
                return true;
            }

            if (key == Empty)
            {
                index = -1;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
