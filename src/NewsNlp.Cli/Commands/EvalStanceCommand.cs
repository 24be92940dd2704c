using System.Diagnostics;
using NewsNlp.Pipeline;
using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// `newsnlp eval stance`: scores on Perspectrum and ArgKP (support vs oppose) and on the team's news set
/// (three classes) when present, and the model's speed in statements per second.
/// </summary>
public sealed class EvalStanceCommand : Command<StanceEvalSettings>
{
    public override int Execute(CommandContext context, StanceEvalSettings settings, CancellationToken cancellationToken) => CommandErrors.Run(() =>
    {
        var root = CorpusLocator.Resolve(settings.Corpora);
        var perspectrum = StanceTraining.LoadDebate(root, settings.Split, out var argKp);
        var inDomain = InDomainStanceReader.Read(InDomainStanceReader.Files(settings.InDomain), settings.Split, root);
        var model = StanceModel.Load(settings.Mode, settings.ModelPath, TrainingEmbeddings.For(settings.Mode));
        Console.WriteLine($"eval stance {model.Tag} on {settings.Split}");

        var watch = Stopwatch.StartNew();
        Console.Write(StanceTraining.Evaluate(model, perspectrum, binary: true).ToText($"Perspectrum {settings.Split}"));
        Console.Write(StanceTraining.Evaluate(model, argKp, binary: true).ToText($"ArgKP {settings.Split}"));
        var statements = perspectrum.Count + argKp.Count;
        if (inDomain.Count > 0)
        {
            Console.Write(StanceTraining.Evaluate(model, inDomain, binary: false).ToText($"news (data/stance) {settings.Split}"));
            statements += inDomain.Count;
            if (settings.Predictions is { } predictions)
            {
                StancePredictionsFile.Write(predictions, inDomain, model.Predict(inDomain.Select(p => (p.Topic, p.Statement)).ToArray()));
            }

        }
        else
        {
            Console.WriteLine($"news set: no {settings.Split} rows under {settings.InDomain}");
        }

        Console.WriteLine($"speed: {statements / watch.Elapsed.TotalSeconds:0} statements/s (single thread, embeddings included in accurate mode)");
        if (settings.Stakeholders && inDomain.Count > 0)
        {
            PrintStakeholderScores(model, inDomain, settings.Split, settings.StakeholderOutcomes);
        }

        return 0;
    });

    // The run command's stages, with the evaluated model in the stance stage (portrayal is not scored here).
    private static void PrintStakeholderScores(StanceModel model, IReadOnlyList<StancePair> inDomain, string split, string? outcomesPath)
    {
        var stages = PipelineFactory.Create(new RunOptions { Input = ".", Output = "." }).Stages
            .Select(s => s is StanceStage ? new StanceStage(model, null) : s)
            .ToArray();
        var result = StakeholderStanceEvaluation.Run(stages, inDomain);
        Console.Write(result.Found.ToText($"news (data/stance) {split}, pipeline, per stakeholder with a row"));
        Console.WriteLine($"stakeholders: {result.Stakeholders}, with a row {result.Found.Total}, without a row {result.Missing}, tied labels (not scored) {result.Tied}");
        Console.WriteLine("rows by name match: " + Tally(result.Outcomes.Where(o => o.Predicted != null).Select(o => o.Match?.ToString() ?? string.Empty)));
        Console.WriteLine("without a row, why: " + Tally(result.Outcomes.Where(o => o.Predicted == null).Select(o => o.Reason.ToString())));
        if (outcomesPath != null)
        {
            StakeholderOutcomesFile.Write(outcomesPath, result.Outcomes);
        }
    }

    private static string Tally(IEnumerable<string> values) =>
        string.Join(", ", values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
}
