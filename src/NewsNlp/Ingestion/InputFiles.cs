namespace NewsNlp.Ingestion;

/// <summary>An input file with its path relative to the input root ('/' separators), as written to the outputs.</summary>
public sealed record InputFile(string FullPath, string RelativePath, InputFormat Format, bool Gzip, long Length);

/// <summary>
/// Lists the input: one file, or every file under a folder in ordinal path order. A folder's files of an unknown
/// format are listed too (as <see cref="InputFormat.Unsupported"/>) so that each is rejected with its reason
/// rather than left out unseen, except hidden ones (a name, or a folder's, starting with '.': ".DS_Store", ".git/…").
/// </summary>
public static class InputFiles
{
    /// <summary>The files to read. Throws <see cref="FileNotFoundException"/> for a missing path and
    /// <see cref="NotSupportedException"/> for a single file of an unknown format.</summary>
    public static IReadOnlyList<InputFile> List(string inputPath)
    {
        if (File.Exists(inputPath))
        {
            var full = Path.GetFullPath(inputPath);
            var detected = InputFormats.Detect(full) ?? throw new NotSupportedException($"Unsupported input format: {Path.GetFileName(full)} (expected {InputFormats.Expected}).");
            return [new InputFile(full, Path.GetFileName(full), detected.Format, detected.Gzip, new FileInfo(full).Length)];
        }

        if (!Directory.Exists(inputPath))
        {
            throw new FileNotFoundException($"Input not found: {inputPath}");
        }

        var root = Path.GetFullPath(inputPath);
        var files = new List<InputFile>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        foreach (var path in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (InputFormats.Detect(path) is { } detected)
            {
                files.Add(new InputFile(path, relative, detected.Format, detected.Gzip, LengthOrZero(path)));
            }
            else if (!IsHidden(relative))
            {
                files.Add(new InputFile(path, relative, InputFormat.Unsupported, Gzip: false, Length: 0));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    // ".DS_Store", ".git/…": by convention not content.
    private static bool IsHidden(string relative) => relative.StartsWith('.') || relative.Contains("/.", StringComparison.Ordinal);

    // A listed file may be gone or a dangling link by now; reading it will say so as a rejection.
    private static long LengthOrZero(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? info.Length : 0;
    }
}
