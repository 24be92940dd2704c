using NewsNlp.Models;

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
    // Tables built so far, so models that carry the same list (the tagger's and the recogniser's word
    // lists are one 125,000-word list, 4 MB each) share one copy: the recogniser's look-up of a word then
    // hits the cache line the tagger's look-up of the same word loaded, instead of missing in a twin.
    private static readonly List<WeakReference<HashKeyTable<TValue>>> Built = [];

    private readonly HashKeyTable<TValue> _table;

    /// <summary>Builds the table over <paramref name="entries"/> (forms must be distinct).</summary>
    public FormTable(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _table = Shared(new HashKeyTable<TValue>(entries.Select(e => (Fnv1a.Of(e.Key), e.Value)), entries.Count));
        Count = entries.Count;
    }

    public int Count { get; }

    /// <summary>The key a form is stored under: a caller that both prefetches and reads a form hashes it once.</summary>
    public static ulong KeyOf(ReadOnlySpan<char> form) => Fnv1a.Of(form);

    public bool TryGetValue(ReadOnlySpan<char> form, out TValue value) => _table.TryGetValue(KeyOf(form), out value);

    /// <summary>The value stored under <paramref name="key"/> (from <see cref="KeyOf"/>).</summary>
    public bool TryGetValue(ulong key, out TValue value) => _table.TryGetValue(key, out value);

    /// <summary>Starts loading the slot a look-up of <paramref name="form"/> reads (a hint; see <see cref="CacheHint"/>).</summary>
    public void Prefetch(ReadOnlySpan<char> form) => _table.Prefetch(KeyOf(form));

    /// <summary>Starts loading the slot a look-up of <paramref name="key"/> reads (a hint).</summary>
    public void Prefetch(ulong key) => _table.Prefetch(key);

    private static HashKeyTable<TValue> Shared(HashKeyTable<TValue> table)
    {
        lock (Built)
        {
            Built.RemoveAll(built => !built.TryGetTarget(out _));
            foreach (var built in Built)
            {
                if (built.TryGetTarget(out var existing) && existing.HasSameSlotsAs(table))
                {
                    return existing;
                }
            }

            Built.Add(new WeakReference<HashKeyTable<TValue>>(table));
            return table;
        }
    }
}
