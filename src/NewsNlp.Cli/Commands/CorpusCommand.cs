using System.ComponentModel;
using NewsNlp.Analysis.Clusters;
using NewsNlp.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>Settings of every command that reads the shared corpora.</summary>
public class CorpusSettings : CommandSettings
{
    [CommandOption("--corpora <DIR>")]
    [Description("Corpora folder (default: NEWSNLP_CORPORA, else ../shared/corpora beside the repository).")]
    public string? Corpora { get; init; }

    public string CorporaRoot => CorpusLocator.Resolve(Corpora);
}

/// <summary>Settings of the training commands whose models take word-cluster features (`train pos`, `train ner`).</summary>
public class ClusterTrainSettings : CorpusSettings
{
    [CommandOption("--clusters <FILE>")]
    [Description("Word clusters to use as features (default models/word-clusters.bin, from `train clusters`).")]
    public string Clusters { get; init; } = Path.Combine("models", WordClusters.FileName);

    [CommandOption("--no-clusters")]
    [Description("Train without word-cluster features (for ablation).")]
    public bool NoClusters { get; init; }
}

/// <summary>
/// A train or eval command over the corpora: a missing corpus or model prints one line and exits 1,
/// never a stack trace.
/// </summary>
public abstract class CorpusCommand<TSettings> : Command<TSettings>
    where TSettings : CorpusSettings
{
    public override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return Run(settings, cancellationToken);
        }
        catch (Exception e) when (e is CorpusMissingException or FileNotFoundException)
        {
            // Plain stderr, not the wrapping console: the message stays on one line.
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    protected abstract int Run(TSettings settings, CancellationToken cancellationToken);

    /// <summary>Prints a figure as "name: value" with the invariant culture, unwrapped so logs keep one line per figure.</summary>
    protected static void Report(string name, FormattableString value) =>
        Console.WriteLine($"{name}: {FormattableString.Invariant(value)}");
}
