using System.Security.Cryptography;
using NewsNlp.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// Lists the shipped model files (what train writes and eval reads) with size and SHA-256, the hash run.json
/// records. Registered (hidden) under train and eval, which also keeps those branches valid before any
/// model's own train/eval command is registered.
/// </summary>
public sealed class ModelsCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var directory = ModelLocator.ModelsDirectory();
        var files = Directory.Exists(directory)
            ? Directory.GetFiles(directory).Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToArray()
            : [];
        if (files.Length == 0)
        {
            Console.WriteLine($"no model files in {directory}");
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("file", "bytes", "sha256");
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            table.AddRow(Markup.Escape(Path.GetFileName(file)), stream.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Convert.ToHexStringLower(SHA256.HashData(stream)));
        }

        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
