using NewsNlp.Models;

namespace NewsNlp.Tests.Models;

public class HashKeyTableTests
{
    [Fact]
    public void FindsEveryKeyAndOnlyThoseUnderCollidingSlots()
    {
        // Keys that differ only in high bits share low bits; many keys force long probe runs.
        var keys = Enumerable.Range(1, 5000).Select(i => ((ulong)i << 40) | 7UL).ToArray();
        var table = new HashKeyTable<int>(keys.Select((k, i) => (k, i)), keys.Length);

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(table.TryGetValue(keys[i], out var value));
            Assert.Equal(i, value);
        }

        Assert.False(table.TryGetValue(7UL, out _));
        Assert.False(table.TryGetValue(5001UL << 40 | 7UL, out _));
    }

    [Fact]
    public void ARepeatedKeyKeepsItsLastValueAndZeroIsAKey()
    {
        var table = new HashKeyTable<int>([(42UL, 1), (0UL, 5), (42UL, 2)], 3);
        Assert.True(table.TryGetValue(42UL, out var repeated));
        Assert.Equal(2, repeated);
        Assert.True(table.TryGetValue(0UL, out var zero));
        Assert.Equal(5, zero);
    }

    [Fact]
    public void PrefetchingAnyKeyLeavesLookUpsUnchanged()
    {
        var table = new HashKeyTable<int>([(42UL, 1), (7UL, 2)], 2);
        foreach (var key in new[] { 0UL, 7UL, 42UL, 43UL, ulong.MaxValue })
        {
            table.Prefetch(key);
        }

        Assert.True(table.TryGetValue(42UL, out var value));
        Assert.Equal(1, value);
        Assert.False(table.TryGetValue(43UL, out _));
    }

    [Fact]
    public void Fnv1aMatchesThePublishedTestVector() =>
        Assert.Equal(0xaf63dc4c8601ec8cUL, Fnv1a.Of("a")); // FNV-1a 64 of one byte 'a'; one UTF-16 unit here equals the byte.
}
