namespace NewsNlp.Output;

/// <summary>
/// A file written under a temporary name (NAME.partial) and renamed to NAME only by <see cref="Commit"/>;
/// disposed without a commit (an error, Ctrl-C) it deletes itself, so no half-written file looks complete.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private bool _committed;

    public AtomicFile(string path)
    {
        _path = path;
        _temporary = path + ".partial";
        Stream = new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public Stream Stream { get; }

    public void Commit()
    {
        Stream.Flush();
        Stream.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        Stream.Dispose();
        File.Delete(_temporary);
    }
}
