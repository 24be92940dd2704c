using NewsNlp.Models;

namespace NewsNlp.Tests.Models;

public class CompressedModelFileTests
{
    private static byte[] Write(string magic, int version, string payload)
    {
        using var stream = new MemoryStream();
        using (var w = CompressedModelFile.OpenWriter(stream, magic, version))
        {
            w.Write(payload);
        }

        return stream.ToArray();
    }

    [Fact]
    public void Content_round_trips_and_the_same_content_gives_the_same_bytes()
    {
        var bytes = Write("NNLP-TEST", 2, "weights");
        Assert.Equal(bytes, Write("NNLP-TEST", 2, "weights"));

        using var r = CompressedModelFile.OpenReader(new MemoryStream(bytes), "NNLP-TEST", 2, "test file");
        Assert.Equal("weights", r.ReadString());
    }

    [Theory]
    [InlineData("NNLP-OTHER", 2)]
    [InlineData("NNLP-TEST", 3)]
    public void A_different_format_or_version_is_refused_with_a_clear_error(string magic, int version)
    {
        var bytes = Write(magic, version, "x");
        var error = Assert.Throws<InvalidDataException>(() => CompressedModelFile.OpenReader(new MemoryStream(bytes), "NNLP-TEST", 2, "test file"));
        Assert.Contains("test file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_or_foreign_file_is_refused_not_crashed_on()
    {
        Assert.ThrowsAny<InvalidDataException>(() => CompressedModelFile.OpenReader(new MemoryStream([]), "NNLP-TEST", 2, "test file"));
        Assert.ThrowsAny<InvalidDataException>(() => CompressedModelFile.OpenReader(new MemoryStream("plain text"u8.ToArray()), "NNLP-TEST", 2, "test file"));
    }
}
