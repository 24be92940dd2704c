namespace NewsNlp.Tests.Support;

/// <summary>Files committed in the repository (data/samples), found from the test's working directory.</summary>
public static class RepoFiles
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (NewsNlp.sln) not found");
    }

    public static string Samples => Path.Combine(Root(), "data", "samples");
}
