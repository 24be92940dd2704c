using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Tests.Analysis;

/// <summary>
/// FeatureHash takes shortcuts over zero bytes; saved models hold its values, so they must stay exactly
/// FNV-1a's, computed here byte by byte as the definition says.
/// </summary>
public class FeatureHashTests
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static TheoryData<string> Words =>
    [
        string.Empty, "a", "Zelenskyy", "U.S.", "naïve", "Ünter", "Łódź", "“quoted”", "—", "日本", "emoji 😀", "\u00FF\u0100", "\0",
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    [InlineData(0x5EB0)]
    [InlineData(unchecked((int)0xC2B2AE35u))]
    public void Numbers_hash_as_their_four_bytes(int value)
    {
        var expected = Offset;
        for (var b = 0; b < 4; b++)
        {
            expected = (expected ^ (((uint)value >> (8 * b)) & 0xFF)) * Prime;
        }

        Assert.Equal(expected, FeatureHash.Start(value).Value);
        Assert.Equal(Bytes(Bytes(Offset, 7), value), FeatureHash.Start(7).Add(value).Value);
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Characters_hash_as_their_two_bytes(string word)
    {
        var start = FeatureHash.Start(3);
        var expected = Chars(start.Value, word);
        Assert.Equal(Separator(expected), start.Add(word.AsSpan()).Value);
        Assert.Equal(Separator(Chars(start.Value, string.Concat(word.Select(char.ToLowerInvariant)))), start.AddLower(word).Value);
        foreach (var c in word)
        {
            Assert.Equal(Chars(start.Value, c.ToString()), start.Add(c).Value);
        }
    }

    [Fact]
    public void Every_character_hashes_as_its_two_bytes()
    {
        var start = FeatureHash.Start(1);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(Chars(start.Value, ((char)c).ToString()), start.Add((char)c).Value);
        }
    }

    private static uint Bytes(uint h, int value)
    {
        for (var b = 0; b < 4; b++)
        {
            h = (h ^ (((uint)value >> (8 * b)) & 0xFF)) * Prime;
        }

        return h;
    }

    private static uint Chars(uint h, string text)
    {
        foreach (var c in text)
        {
            h = (h ^ (c & 0xFFu)) * Prime;
            h = (h ^ ((uint)c >> 8)) * Prime;
        }

        return h;
    }

    private static uint Separator(uint h) => (h ^ 0x1Fu) * Prime;
}
