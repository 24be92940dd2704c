using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Analysis.Perceptron;

/// <summary>
/// The 16-bit weights of a loaded model, laid out for scoring: all classes of a feature side by side, so
/// a feature costs one or two cache lines. A sparse model — the tagger trains 12% of its 2^19 buckets —
/// keeps only its non-zero rows in an open-addressing table (5 MB instead of a dense 17.8 MB of mostly
/// zeros that no cache holds); a model that fills its buckets stays dense. Either way the sums are the
/// same exact integers, so the layout never changes a decision.
/// </summary>
internal sealed class QuantisedWeights
{
    private readonly int _classes;
    private readonly uint _mask;

    // Sparse layout: open addressing on the bucket's low bits with linear probing; a slot is the bucket + 1
    // (two shorts; 0 marks an empty slot) followed by the k weights, so a hit reads one place, as dense does.
    // Dense layout: bucket b's weights at b × k.
    private readonly short[] _table;
    private readonly bool _sparse;
    private readonly uint _slotMask;

    /// <summary>Lays out the non-zero rows: <paramref name="rows"/> holds k weights for each of <paramref name="buckets"/>.</summary>
    public QuantisedWeights(int classes, int tableBits, int[] buckets, short[] rows)
    {
        _classes = classes;
        _mask = (1u << tableBits) - 1;

        // At most half the slots filled. The sparse layout is taken only when it at least halves the
        // memory scoring reads at random (the probing costs a little, the cache misses saved much more).
        var slotBits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, buckets.Length)) + 2);
        var stride = classes + 2;
        _sparse = 2L * stride << slotBits <= (long)classes << tableBits;
        if (_sparse)
        {
            _table = new short[stride << slotBits];
            _slotMask = (1u << slotBits) - 1;
            for (var r = 0; r < buckets.Length; r++)
            {
                var slot = (uint)buckets[r] & _slotMask;
                while (KeyAt(slot) != 0)
                {
                    slot = (slot + 1) & _slotMask;
                }

                Unsafe.WriteUnaligned(ref Unsafe.As<short, byte>(ref _table[slot * stride]), buckets[r] + 1);
                rows.AsSpan(r * classes, classes).CopyTo(_table.AsSpan((int)(slot * stride) + 2));
            }
        }
        else
        {
            _table = new short[classes << tableBits];
            for (var r = 0; r < buckets.Length; r++)
            {
                rows.AsSpan(r * classes, classes).CopyTo(_table.AsSpan(buckets[r] * classes));
            }
        }
    }

    /// <summary>The rows with a non-zero weight in bucket order (what the model file holds).</summary>
    public IEnumerable<(int Bucket, ReadOnlyMemory<short> Weights)> NonZeroRows()
    {
        var k = _classes;
        if (!_sparse)
        {
            for (var b = 0; b <= _mask; b++)
            {
                var row = _table.AsMemory(b * k, k);
                if (row.Span.ContainsAnyExcept((short)0))
                {
                    yield return (b, row);
                }
            }

            yield break;
        }

        var stride = k + 2;
        var filled = new List<(int Bucket, int Slot)>();
        for (var slot = 0u; slot <= _slotMask; slot++)
        {
            var key = KeyAt(slot);
            if (key != 0)
            {
                filled.Add((key - 1, (int)slot));
            }
        }

        filled.Sort();
        foreach (var (bucket, slot) in filled)
        {
            yield return (bucket, _table.AsMemory((slot * stride) + 2, k));
        }
    }

    /// <summary>Adds every feature's row into <paramref name="sums"/> (length ≥ classes, cleared by the caller).</summary>
    public void Sum(ReadOnlySpan<uint> features, Span<int> sums)
    {
        ref var total = ref MemoryMarshal.GetReference(sums);
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        var k = _classes;
        if (!_sparse)
        {
            foreach (var f in features)
            {
                AddRow(ref Unsafe.Add(ref table, (nint)((f & _mask) * (uint)k)), ref total, k);
            }

            return;
        }

        var stride = (uint)k + 2;
        foreach (var f in features)
        {
            var key = (int)(f & _mask) + 1;
            for (var slot = f & _slotMask; ; slot = (slot + 1) & _slotMask)
            {
                ref var at = ref Unsafe.Add(ref table, (nint)(slot * stride));
                var found = Unsafe.ReadUnaligned<int>(ref Unsafe.As<short, byte>(ref at));
                if (found == key)
                {
                    AddRow(ref Unsafe.Add(ref at, 2), ref total, k);
                    break;
                }

                if (found == 0)
                {
                    break;
                }
            }
        }
    }

    private int KeyAt(uint slot) => Unsafe.ReadUnaligned<int>(ref Unsafe.As<short, byte>(ref _table[slot * (_classes + 2)]));

    // Eight weights at a time widened to int (13 or 17 classes are too few for wider vectors), then the tail.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRow(ref short row, ref int total, int k)
    {
        var c = 0;
        for (; c + 8 <= k; c += 8)
        {
            var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref row, (nuint)c));
            (Vector128.LoadUnsafe(ref total, (nuint)c) + low).StoreUnsafe(ref total, (nuint)c);
            (Vector128.LoadUnsafe(ref total, (nuint)c + 4) + high).StoreUnsafe(ref total, (nuint)c + 4);
        }

        for (; c < k; c++)
        {
            Unsafe.Add(ref total, c) += Unsafe.Add(ref row, c);
        }
    }
}
