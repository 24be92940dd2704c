using System.Diagnostics;
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
        return 0;
    });
}
