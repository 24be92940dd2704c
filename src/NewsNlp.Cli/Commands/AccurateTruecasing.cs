using NewsNlp.Analysis.Contextual;
using NewsNlp.Repair;
using NewsNlp.Repair.Contextual;
using NewsNlp.Stance;
using Spectre.Console;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// The eval commands' accurate truecasing: the shipped head with its contextual vectors read through the
/// disk cache (so tuning runs do not pay the transformer again), and optionally another mixing weight.
/// </summary>
internal static class AccurateTruecasing
{
    /// <summary>The models to evaluate, or null after printing why accurate mode cannot run.</summary>
    public static RepairModels? Prepare(RepairModels models, ModelMode mode, float? headWeight, string modelsDirectory)
    {
        if (mode != ModelMode.Accurate)
        {
            return models;
        }

        if (models.AccurateCasing is not { } casing)
        {
            AnsiConsole.WriteLine($"No {ContextualCaseHead.FileName} in {modelsDirectory}; run `newsnlp train truecase --truecase-model accurate` first.");
            return null;
        }

        var head = headWeight is { } weight ? casing.Head.WithHeadWeight(weight) : null;
        return models.WithContextualVectors(CachedVectors(), head);
    }

    /// <summary>Vectors through the shared disk cache (<see cref="ContextualVectorCache.DefaultFolder"/>).</summary>
    public static EncoderWordVectors CachedVectors() => new(new ContextualVectorCache(ContextualVectorCache.DefaultFolder));
}
