using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsNlp.Models;

namespace NewsNlp.Analysis.Perceptron;

/// <summary>
/// The 16-bit weights of a loaded model, laid out for scoring. Only the non-zero rows are kept, in bucket
/// order, and a bucket finds its row by rank: one presence bit per bucket and a running count of rows
/// before each 64 buckets. The bit map and counts are small (128 KB for the tagger’s 2^19 buckets, counts beside their bits) and stay
/// in cache, so a feature the model never learned costs no memory access beyond them. A learned row of a
/// many-class model is mostly zeros — the tagger's rows hold 3 non-zero weights of 17 on average, most
/// rows being one training update (+1 and −1) — so it is kept as (class, weight) pairs in a 16-byte slot,
/// and only the rare denser row in full: the tagger's table shrinks from 10 MB of open-addressing slots
/// (4 MB of full rows) to 2.2 MB, and a feature reads one slot where cache misses were the cost. The
/// sums are the same exact integers whatever the layout, so it never changes a decision.
/// </summary>
internal sealed class QuantisedWeights
{
    // A slot: the count of non-zero weights (or FullRow), their classes (bytes 1–5), their weights
    // (bytes 6–15); for a full row, the row's index in _fullRows at bytes 8–11.
    private const int SlotBytes = 16;
    private const int SlotWeights = 5;
    private const byte FullRow = 0xFF;

    // Features ranked per pass of Sum (a token has 20 to 40).
    private const int RankBatch = 64;

    private readonly int _classes;
    private readonly int _rowCount;
    private readonly uint _mask;

    // Bit b % 64 of word b / 64's presence bits: bucket b has a row; with each word, the rows of the
    // buckets below 64 × w. Side by side, so ranking a feature reads one cache line, not two.
    private readonly RankWord[] _rank;

    // One slot per row, by rank, from _firstSlot on; null when slots would not save much (few classes or
    // dense rows), and then every row is full.
    private readonly byte[]? _slots;
    private readonly int _firstSlot;

    // Full rows, k weights each: every row when there are no slots, else the rows too dense for one.
    private readonly short[] _fullRows;

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
        _rowCount = buckets.Length;
        _mask = (1u << tableBits) - 1;
        _rank = RankIndex(buckets, tableBits);
        var denseRows = 0;
        for (var r = 0; r < buckets.Length; r++)
        {
            denseRows += IsDense(rows.AsSpan(r * classes, classes)) ? 1 : 0;
        }

        // Slots only where they at least nearly halve the bytes of the table (the tagger's 17 classes:
        // 2.2 MB instead of 4 MB); with few classes or dense rows, whole rows are as small.
        var rowBytes = (long)classes * sizeof(short);
        if (classes > byte.MaxValue || (((long)buckets.Length * SlotBytes) + (denseRows * rowBytes)) * 10 > buckets.Length * rowBytes * 6)
        {
            _fullRows = rows;
            return;
        }

        // The slots start on a 16-byte boundary so that none straddles two cache lines: the array lives
        // on the pinned heap, where it never moves, and the first slot skips the bytes before the boundary.
        _slots = GC.AllocateArray<byte>((buckets.Length * SlotBytes) + SlotBytes - 1, pinned: true);
        var handle = GCHandle.Alloc(_slots, GCHandleType.Pinned);
        _firstSlot = (int)((SlotBytes - (handle.AddrOfPinnedObject() % SlotBytes)) % SlotBytes);
        handle.Free();
        _fullRows = new short[denseRows * classes];
        var dense = 0;
        for (var r = 0; r < buckets.Length; r++)
        {
            var row = rows.AsSpan(r * classes, classes);
            var slot = _slots.AsSpan(_firstSlot + (r * SlotBytes), SlotBytes);
            if (IsDense(row))
            {
                slot[0] = FullRow;
                BitConverter.TryWriteBytes(slot[8..], dense);
                row.CopyTo(_fullRows.AsSpan(dense++ * classes));
            }
            else
            {
                FillSlot(row, slot);
            }
        }
    }

    /// <summary>The rows with a non-zero weight in bucket order (what the model file holds).</summary>
    public IEnumerable<(int Bucket, ReadOnlyMemory<short> Weights)> NonZeroRows()
    {
        var row = 0;
        for (var w = 0; w < _rank.Length; w++)
        {
            for (var bits = _rank[w].Present; bits != 0; bits &= bits - 1)
            {
                yield return ((w * 64) + BitOperations.TrailingZeroCount(bits), Row(row));
                row++;
            }
        }
    }

    /// <summary>Adds every feature's row into <paramref name="sums"/> (length ≥ classes, cleared by the caller).</summary>
    public void Sum(ReadOnlySpan<uint> features, Span<int> sums)
    {
        // Two passes: first the ranks of the learned features, from the small bit map and without a branch
        // (unlearned features are common and would mispredict one), then their rows, whose addresses are
        // all known by then, so the cache misses of reading them overlap.
        Span<int> rows = stackalloc int[RankBatch];
        for (var start = 0; start < features.Length; start += RankBatch)
        {
            var n = 0;
            foreach (var f in features.Slice(start, Math.Min(RankBatch, features.Length - start)))
            {
                rows[n] = RankOf(f, out var present);
                n += present;
            }

            AddRows(rows[..n], sums);
        }
    }

    /// <summary>
    /// Starts loading the rank words of <paramref name="features"/>, which <see cref="Locate"/> then reads without
    /// waiting: for a caller that knows a decision's features two steps ahead. A hint only.
    /// </summary>
    public void PrefetchRanks(ReadOnlySpan<uint> features)
    {
        ref var rank = ref MemoryMarshal.GetArrayDataReference(_rank);
        foreach (var f in features)
        {
            CacheHint.Prefetch(ref Unsafe.Add(ref rank, (nint)((f & _mask) / 64)));
        }
    }

    /// <summary>
    /// Writes the rows of the learned features among <paramref name="features"/> into <paramref name="rows"/> (as long
    /// as the features) and returns how many, starting to load each: <see cref="AddLocated"/> adds them later,
    /// with the sums <see cref="Sum"/> would give.
    /// </summary>
    public int Locate(ReadOnlySpan<uint> features, Span<int> rows)
    {
        var n = 0;
        foreach (var f in features)
        {
            var row = RankOf(f, out var present);
            rows[n] = row;
            n += present;
            if (present != 0)
            {
                PrefetchRow(row);
            }
        }

        return n;
    }

    /// <summary>Adds rows found by <see cref="Locate"/> into <paramref name="sums"/> (length ≥ classes).</summary>
    public void AddLocated(ReadOnlySpan<int> rows, Span<int> sums)
    {
        if (sums.Length < _classes)
        {
            throw new ArgumentException("The sums are shorter than a row.", nameof(sums));
        }

        // Rows are read unchecked, so a row that Locate could not have given is refused here.
        foreach (var row in rows)
        {
            if ((uint)row >= (uint)_rowCount)
            {
                throw new ArgumentOutOfRangeException(nameof(rows), "Not a row of this table.");
            }
        }

        AddRows(rows, sums);
    }

    private void PrefetchRow(int row)
    {
        if (_slots != null)
        {
            CacheHint.Prefetch(ref _slots[_firstSlot + (row * SlotBytes)]);
        }
        else
        {
            CacheHint.Prefetch(ref _fullRows[row * _classes]);
        }
    }

    // The feature's row (its rank among the learned buckets) and 1 when its bucket has a row, else 0, read
    // from the small bit map without a branch. Unchecked: a masked bucket's word lies inside the bit map.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RankOf(uint feature, out int present)
    {
        var bucket = feature & _mask;
        ref readonly var entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rank), (nint)(bucket / 64));
        var word = entry.Present;
        present = (int)(word >> (int)(bucket % 64)) & 1;
        return entry.RowsBefore + BitOperations.PopCount(word & ((1UL << (int)(bucket % 64)) - 1));
    }

    // Unchecked addressing: a rank lies inside the slots or rows, and a slot's classes and row index
    // inside theirs (the constructor built them so).
    private void AddRows(ReadOnlySpan<int> rows, Span<int> sums)
    {
        ref var total = ref MemoryMarshal.GetReference(sums);
        ref var full = ref MemoryMarshal.GetArrayDataReference(_fullRows);
        var k = _classes;
        if (_slots == null)
        {
            foreach (var row in rows)
            {
                AddRow(ref Unsafe.Add(ref full, (nint)row * k), ref total, k);
            }

            return;
        }

        ref var slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), _firstSlot);
        foreach (var row in rows)
        {
            ref var slot = ref Unsafe.Add(ref slots, (nint)row * SlotBytes);
            if (slot == FullRow)
            {
                AddRow(ref Unsafe.Add(ref full, (nint)Unsafe.ReadUnaligned<int>(ref Unsafe.Add(ref slot, 8)) * k), ref total, k);
                continue;
            }

            // All five pairs, unused ones being (class 0, weight 0): a loop over the count would
            // mispredict its exit on most rows, which costs more than two additions of zero.
            AddPair(ref slot, 0, ref total);
            AddPair(ref slot, 1, ref total);
            AddPair(ref slot, 2, ref total);
            AddPair(ref slot, 3, ref total);
            AddPair(ref slot, 4, ref total);
        }
    }

    // The presence bit map of the buckets and the rows before each of its words, checking the buckets.
    private static RankWord[] RankIndex(int[] buckets, int tableBits)
    {
        var present = new ulong[Math.Max(1, (1 << tableBits) / 64)];
        var previous = -1;
        foreach (var bucket in buckets)
        {
            if (bucket <= previous || bucket >= 1 << tableBits)
            {
                throw new InvalidDataException("A perceptron model's rows are out of order or outside their table.");
            }

            present[bucket / 64] |= 1UL << (bucket % 64);
            previous = bucket;
        }

        var rank = new RankWord[present.Length];
        var count = 0;
        for (var w = 0; w < present.Length; w++)
        {
            rank[w] = new RankWord(present[w], count);
            count += BitOperations.PopCount(present[w]);
        }

        return rank;
    }

    private static bool IsDense(ReadOnlySpan<short> row) => row.Length - row.Count((short)0) > SlotWeights;

    // The count, then the classes and weights of the non-zero entries; the unused ones stay (0, 0).
    private static void FillSlot(ReadOnlySpan<short> row, Span<byte> slot)
    {
        var n = 0;
        for (var c = 0; c < row.Length; c++)
        {
            if (row[c] != 0)
            {
                slot[1 + n] = (byte)c;
                BitConverter.TryWriteBytes(slot[(6 + (2 * n))..], row[c]);
                n++;
            }
        }

        slot[0] = (byte)n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddPair(ref byte slot, int j, ref int total) =>
        Unsafe.Add(ref total, Unsafe.Add(ref slot, 1 + j)) += Unsafe.ReadUnaligned<short>(ref Unsafe.Add(ref slot, 6 + (2 * j)));

    // Row r's k weights, expanded from its slot when it has one.
    private ReadOnlyMemory<short> Row(int r)
    {
        var k = _classes;
        if (_slots == null)
        {
            return _fullRows.AsMemory(r * k, k);
        }

        var slot = _slots.AsSpan(_firstSlot + (r * SlotBytes), SlotBytes);
        if (slot[0] == FullRow)
        {
            return _fullRows.AsMemory(BitConverter.ToInt32(slot[8..]) * k, k);
        }

        var row = new short[k];
        for (var j = 0; j < slot[0]; j++)
        {
            row[slot[1 + j]] = BitConverter.ToInt16(slot[(6 + (2 * j))..]);
        }

        return row;
    }

    // Eight weights at a time widened to int, then the tail.
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

    /// <summary>64 buckets' presence bits and the count of rows before them (16 bytes with padding).</summary>
    private readonly record struct RankWord(ulong Present, int RowsBefore);
}
