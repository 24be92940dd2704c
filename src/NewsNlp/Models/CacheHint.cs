using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace NewsNlp.Models;

/// <summary>
/// Prefetch hints for look-ups into tables far larger than the processor's caches: issued for a batch of
/// keys before any is read, the batch waits for memory once instead of once per key. Hints only: they
/// never fault and never change a result.
/// </summary>
internal static class CacheHint
{
    /// <summary>Asks the processor to start loading the cache line that holds <paramref name="location"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            // The element is not pinned: should the collector move the array meanwhile, the hint reads a
            // stale address, which a prefetch never faults on; it only loses its effect.
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }

    /// <summary>
    /// Prefetches <paramref name="length"/> elements of <paramref name="array"/> from <paramref name="start"/>: a row of
    /// weight sums no longer than a cache line spans two lines at most, its first element's and its last's.
    /// </summary>
    public static void PrefetchRow<T>(T[] array, int start, int length)
    {
        Prefetch(ref array[start]);
        Prefetch(ref array[start + length - 1]);
    }
}
