using System.ComponentModel;
using NewsNlp.Repair;
using NewsNlp.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp train spelling`: compiles the word-frequency list into the spelling dictionary.</summary>
[Description("Compile the spelling dictionary from the SymSpell English frequency list.")]
public sealed class TrainSpellingCommand : Command<RepairCommandSettings>
{
    public override int Execute(CommandContext context, RepairCommandSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var root = CorpusLocator.Resolve(settings.Corpora);
            var dictionary = SpellingDictionary.FromFrequencyList(RepairCorpora.Lines(root, RepairCorpora.FrequencyList));
            var dir = settings.ModelsDirectory();
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, RepairModels.SpellingFile);
            using (var file = File.Create(path))
            {
                dictionary.Save(file);
            }

            AnsiConsole.MarkupLineInterpolated($"{dictionary.Count} words written to {path}");
            return 0;
        }
        catch (CorpusMissingException e)
        {
            AnsiConsole.WriteLine(e.Message);
            return 1;
        }
    }
}
