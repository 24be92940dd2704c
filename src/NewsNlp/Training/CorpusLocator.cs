namespace NewsNlp.Training;

/// <summary>
/// Finds the shared corpora used by train and eval commands: the --corpora option, else
/// NEWSNLP_CORPORA, else ../shared/corpora relative to the repository root (or the working directory).
/// Unit tests never use this: they write their own fixtures.
/// </summary>
public static class CorpusLocator
{
    public const string EnvironmentVariable = "NEWSNLP_CORPORA";

    public static string Resolve(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "corpora");
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return Path.GetFullPath(Path.Combine("..", "shared", "corpora"));
    }

    /// <summary>
    /// The path of a corpus file, or a clear error naming what is missing and where it was looked for.
    /// </summary>
    public static string RequireFile(string corporaRoot, string relativePath)
    {
        var path = Path.Combine(corporaRoot, relativePath);
        if (!File.Exists(path))
        {
            throw new CorpusMissingException($"Corpus file not found: {relativePath} (looked in {corporaRoot}). The corpora are not part of the repository; pass --corpora DIR or set {EnvironmentVariable}.");
        }

        return path;
    }
}

/// <summary>Raised when a train or eval command cannot find its corpus; the CLI prints it in one line.</summary>
public sealed class CorpusMissingException(string message) : Exception(message);
