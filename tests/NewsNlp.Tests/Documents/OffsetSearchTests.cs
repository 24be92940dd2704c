using NewsNlp.Documents;

namespace NewsNlp.Tests.Documents;

public class OffsetSearchTests
{
    private static readonly TextSpan[] Spans = [new(2, 5), new(5, 9), new(12, 20)];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(10, 2)]
    [InlineData(19, 2)]
    [InlineData(20, 3)]
    public void CountBeforeFindsTheEndOfThePrefix(int offset, int expected) =>
        Assert.Equal(expected, OffsetSearch.CountBefore(Spans, offset, static (s, o) => s.End <= o));

    [Theory]
    [InlineData(1, -1)]
    [InlineData(2, 0)]
    [InlineData(5, 1)]
    [InlineData(9, -1)]
    [InlineData(11, -1)]
    [InlineData(12, 2)]
    [InlineData(20, -1)]
    public void IndexContainingHonoursHalfOpenSpans(int offset, int expected) =>
        Assert.Equal(expected, OffsetSearch.IndexContaining(Spans, offset));

    [Fact]
    public void AnEmptyListHasNothingBefore() =>
        Assert.Equal(0, OffsetSearch.CountBefore(Array.Empty<TextSpan>(), 7, static (s, o) => s.End <= o));
}
