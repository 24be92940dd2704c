namespace NewsNlp.Ingestion;

/// <summary>An input file with its path relative to the input root ('/' separators), as written to the outputs.</summary>
public sealed record InputFile(string FullPath, string RelativePath, InputFormat Format, bool Gzip, long Length);

/// <summary>Lists the input: one file, or every file of a known format under a folder, in ordinal path order.</summary>
public static class InputFiles
{
    /// <summary>The files to read. Throws <see cref="FileNotFoundException"/> for a missing path and
    /// <see cref="NotSupportedException"/> for a single file of an unknown format.</summary>
    public static IReadOnlyList<InputFile> List(string inputPath)
    {
        if (File.Exists(inputPath))
        {
            var full = Path.GetFullPath(inputPath);
            var detected = InputFormats.Detect(full) ?? throw new NotSupportedException($"Unsupported input format: {Path.GetFileName(full)} (expected .txt, .md, .html, .htm, .jsonl, .ndjson or .csv, optionally .gz).");
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
            if (InputFormats.Detect(path) is { } detected)
            {
                var relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
                files.Add(new InputFile(path, relative, detected.Format, detected.Gzip, LengthOrZero(path)));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    // A listed file may be gone or a dangling link by now; reading it will say so as a rejection.
    private static long LengthOrZero(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? info.Length : 0;
    }
}
