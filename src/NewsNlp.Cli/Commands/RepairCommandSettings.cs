using System.ComponentModel;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>Options shared by the repair models' train and eval commands.</summary>
public class RepairCommandSettings : CommandSettings
{
    [CommandOption("--corpora <DIR>")]
    [Description("Folder of the shared corpora (default: NEWSNLP_CORPORA or ../shared/corpora).")]
    public string? Corpora { get; init; }

    [CommandOption("--models <DIR>")]
    [Description("Models folder to write to or read from (default: models/ of the repository).")]
    public string? Models { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Random seed; the same seed and data give byte-identical models and scores.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    /// <summary>
    /// The models folder: --models, else models/ of the repository around the working directory (where
    /// training must write, not the copy beside the binaries), else the shipped one.
    /// </summary>
    public string ModelsDirectory() => ResolveModels(Models);

    /// <summary>The models folder for an optional --models value (see <see cref="ModelsDirectory"/>).</summary>
    public static string ResolveModels(string? models)
    {
        if (models != null)
        {
            return models;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
            {
                return Path.Combine(dir.FullName, "models");
            }
        }

        return NewsNlp.Models.ModelLocator.ModelsDirectory();
    }
}
