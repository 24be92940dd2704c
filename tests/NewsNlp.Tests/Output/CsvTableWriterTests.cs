using NewsNlp.Output;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Output;

public class CsvTableWriterTests
{
    [Fact]
    public void WritesRfc4180Utf8WithoutBomAndOnlyOnCommit()
    {
        using var dir = new TempDirectory();
        var path = dir.File("rejected.csv");
        using (var writer = new CsvTableWriter(dir.Path, OutputSchema.Rejected))
        {
            writer.Write(["a,b.txt", 3, "say \"hi\"", "line\nbreak"]);
            writer.Write(["é.txt", 0.25, null, string.Empty]);
            Assert.False(File.Exists(path));
            writer.Commit();
        }

        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("source,record,reason,detail\r\n\"a,b.txt\",3,\"say \"\"hi\"\"\",\"line\nbreak\"\r\né.txt,0.25,,\r\n", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.partial"));
    }

    [Fact]
    public void AnEmptyTableStillHasItsHeaderAndAnAbortLeavesNothing()
    {
        using var dir = new TempDirectory();
        using (var writer = new CsvTableWriter(dir.Path, OutputSchema.Edits))
        {
            writer.Commit();
        }

        Assert.Equal(string.Join(',', OutputSchema.Edits.Columns) + "\r\n", File.ReadAllText(dir.File("edits.csv")));

        using (var aborted = new CsvTableWriter(dir.Path, OutputSchema.Quotes))
        {
            aborted.Write(new object?[OutputSchema.Quotes.Columns.Count]);
        }

        Assert.False(File.Exists(dir.File("quotes.csv")));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.partial"));
    }
}
