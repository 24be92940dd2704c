using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Analysis.Perceptron;

/// <summary>
/// The 16-bit weights of a loaded model, laid out for scoring. Only the non-zero rows are kept, packed in
/// bucket order, and a bucket finds its row by rank: one presence bit per bucket and a running count of
/// rows before each 64 buckets. The bit map and counts are small (80 KB for the tagger's 2^19 buckets)
/// and stay in cache, so a feature the model never learned costs no memory access beyond them, and a
/// learned one reads exactly its row (34 bytes for 17 classes) from a table with no empty slots — 4 MB for
/// the tagger instead of 10 MB of open-addressing slots, where most of the time went on cache misses.
/// The sums are the same exact integers whatever the layout, so it never changes a decision.
/// </summary>
internal sealed class QuantisedWeights
{
    private readonly int _classes;
    private readonly uint _mask;

    // Bit b % 64 of word b / 64: bucket b has a row. _rowsBefore[w]: rows of the buckets below 64 × w.
    private readonly ulong[] _present;
    private readonly int[] _rowsBefore;

    // Row r's k weights at r × k, rows in bucket order.
    private readonly short[] _rows;

    /// <summary>
    /// Lays out the non-zero rows: <paramref name="rows"/> holds k weights for each of
    /// <paramref name="buckets"/>, which must be strictly increasing and inside the table.
    /// </summary>
    public QuantisedWeights(int classes, int tableBits, int[] buckets, short[] rows)
    {
        if (rows.Length != (long)buckets.Length * classes)
        {
            throw new InvalidDataException("A perceptron model's rows do not match its buckets.");
        }

        _classes = classes;
        _mask = (1u << tableBits) - 1;
        _present = new ulong[Math.Max(1, (1 << tableBits) / 64)];
        _rowsBefore = new int[_present.Length];
        _rows = rows;
        var previous = -1;
        foreach (var bucket in buckets)
        {
            if (bucket <= previous || bucket > _mask)
            {
                throw new InvalidDataException("A perceptron model's rows are out of order or outside their table.");
            }

            _present[bucket / 64] |= 1UL << (bucket % 64);
            previous = bucket;
        }

        var count = 0;
        for (var w = 0; w < _present.Length; w++)
        {
            _rowsBefore[w] = count;
            count += BitOperations.PopCount(_present[w]);
        }
    }

    /// <summary>The rows with a non-zero weight in bucket order (what the model file holds).</summary>
    public IEnumerable<(int Bucket, ReadOnlyMemory<short> Weights)> NonZeroRows()
    {
        var row = 0;
        for (var w = 0; w < _present.Length; w++)
        {
            for (var bits = _present[w]; bits != 0; bits &= bits - 1)
            {
                yield return ((w * 64) + BitOperations.TrailingZeroCount(bits), _rows.AsMemory(row * _classes, _classes));
                row++;
            }
        }
    }

    /// <summary>Adds every feature's row into <paramref name="sums"/> (length ≥ classes, cleared by the caller).</summary>
    public void Sum(ReadOnlySpan<uint> features, Span<int> sums)
    {
        ref var total = ref MemoryMarshal.GetReference(sums);
        ref var present = ref MemoryMarshal.GetArrayDataReference(_present);
        ref var before = ref MemoryMarshal.GetArrayDataReference(_rowsBefore);
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        var k = _classes;

        // Unchecked addressing: a masked bucket's word lies inside the bit map, and a present bucket's
        // rank inside the rows (the constructor checked both).
        foreach (var f in features)
        {
            var bucket = f & _mask;
            var word = Unsafe.Add(ref present, (nint)(bucket / 64));
            var bit = 1UL << (int)(bucket % 64);
            if ((word & bit) != 0)
            {
                var row = Unsafe.Add(ref before, (nint)(bucket / 64)) + BitOperations.PopCount(word & (bit - 1));
                AddRow(ref Unsafe.Add(ref rows, (nint)row * k), ref total, k);
            }
        }
    }

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
