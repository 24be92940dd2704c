using NewsNlp.Ingestion;

namespace NewsNlp.Tests.Support;

/// <summary>Reads every record of a path the way a run does.</summary>
public static class Ingest
{
    public static List<IngestItem> All(string path, IngestOptions? options = null) =>
        new ArchiveReader(options ?? new IngestOptions { Retry = new IoRetry(0, TimeSpan.Zero) }).Read(InputFiles.List(path)).ToList();

    public static RawRecord Single(string path, IngestOptions? options = null)
    {
        var items = All(path, options);
        Assert.Single(items);
        Assert.Null(items[0].Rejection);
        return items[0].Record!;
    }

    public static Rejection SingleRejection(string path, IngestOptions? options = null)
    {
        var items = All(path, options);
        Assert.Single(items);
        return Assert.IsType<Rejection>(items[0].Rejection);
    }
}
