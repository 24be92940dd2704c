namespace NewsNlp.Models;

/// <summary>
/// Finds the shipped models folder. Models ship in the repository's <c>models/</c> and are copied next
/// to the binaries at build time; NEWSNLP_MODELS overrides both. Nothing is ever downloaded.
/// </summary>
public static class ModelLocator
{
    public const string EnvironmentVariable = "NEWSNLP_MODELS";

    /// <summary>The models directory: NEWSNLP_MODELS, else models/ beside the binaries, else the nearest models/ above the working directory.</summary>
    public static string ModelsDirectory()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return fromEnv;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "models");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
            {
                return candidate;
            }
        }

        return beside;
    }

    /// <summary>Full path of a model file; the caller decides what a missing file means.</summary>
    public static string PathOf(string fileName) => Path.Combine(ModelsDirectory(), fileName);

    /// <summary>
    /// Opens a model file for reading (buffered); a missing file is a clear error naming the command that
    /// makes it, so a user without the file learns what to run rather than reading a stack trace.
    /// </summary>
    public static Stream OpenModel(string path, string what, string makeCommand)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{what} not found: {path}. Make it with `{makeCommand}`.", path);
        }

        return new BufferedStream(File.OpenRead(path), 1 << 16);
    }
}
