using System.IO.Compression;
using Microsoft.ML;

namespace NewsNlp.Stance;

/// <summary>
/// Saves and loads ML.NET models. ML.NET's zip stamps each entry with the current time, so saving
/// rewrites the archive with a fixed time and maximum compression: the same model gives the same bytes.
/// </summary>
public static class ModelFile
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Save(TrainedClassifier trained, string path)
    {
        using var raw = new MemoryStream();
        trained.Context.Model.Save(trained.Model, trained.InputSchema, raw);
        raw.Position = 0;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temp = path + ".tmp";
        using (var source = new ZipArchive(raw, ZipArchiveMode.Read))
        using (var target = new ZipArchive(File.Create(temp), ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>; a missing or unreadable file is a clear error.</summary>
    public static Classifier Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Model file not found: {path}. Train it with 'newsnlp train' or check NEWSNLP_MODELS.", path);
        }

        var ml = new MLContext(seed: 0);
        using var stream = File.OpenRead(path);
        var model = ml.Model.Load(stream, out var schema);
        return new Classifier(ml, model, schema);
    }
}
