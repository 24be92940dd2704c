using NewsNlp.Stance;
using NewsNlp.Training;
using Spectre.Console;

namespace NewsNlp.Cli.Commands;

/// <summary>Turns the expected failures of train/eval commands into one line and exit code 1.</summary>
internal static class CommandErrors
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is CorpusMissingException or InvalidTrainingDataException or FileNotFoundException or IOException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
    }
}
