using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Analysis.Perceptron;

/// <summary>Adds rows of integer weight sums (one per class), the unit of the taggers' precomputed sums.</summary>
internal static class IntegerRows
{
    /// <summary>Adds <paramref name="row"/> into the first <c>row.Length</c> entries of <paramref name="sums"/>, eight at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(ReadOnlySpan<int> row, Span<int> sums)
    {
        if (sums.Length < row.Length)
        {
            throw new ArgumentException("The sums are shorter than the row.", nameof(sums));
        }

        ref var from = ref MemoryMarshal.GetReference(row);
        ref var to = ref MemoryMarshal.GetReference(sums);
        var c = 0;
        for (; c + 8 <= row.Length; c += 8)
        {
            (Vector256.LoadUnsafe(ref to, (nuint)c) + Vector256.LoadUnsafe(ref from, (nuint)c)).StoreUnsafe(ref to, (nuint)c);
        }

        for (; c < row.Length; c++)
        {
            Unsafe.Add(ref to, c) += Unsafe.Add(ref from, c);
        }
    }
}
