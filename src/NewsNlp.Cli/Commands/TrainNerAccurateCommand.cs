using System.Diagnostics;
using System.Globalization;
using NewsNlp.Analysis.Contextual;
using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Models;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// `newsnlp train ner-accurate`: the contextual head over MiniLM vectors of one layer (UNER EWT train + GUM news
/// train and their lower-cased copies), then the head's weight against models/ner.bin and each type's weight
/// chosen on dev → models/ner-accurate.bin.
/// </summary>
public sealed class TrainNerAccurateCommand : Command<NerAccurateTrainSettings>
{
    /// <summary>The head weights tried on dev; 0 is the fast recogniser alone.</summary>
    private static readonly float[] Weights = [0f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.75f, 1f, 1.5f];

    public override int Execute(CommandContext context, NerAccurateTrainSettings settings, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var root = settings.CorporaRoot;
        var cache = new ContextualVectorCache(settings.VectorCache ?? ContextualVectorCache.DefaultFolder);
        var fastPath = settings.FastModelPath ?? ModelLocator.PathOf(EntityRecognizer.ModelFile);
        var fast = EntityRecognizer.Load(fastPath);
        var tagger = fast.UsesPartOfSpeech ? PosTagger.Shared : null;
        var train = EntityCorpora.Load(root, "train").SelectMany(c => c.Sentences).ToArray();
        var dev = EntityCorpora.Load(root, "dev");
        var devSentences = dev.SelectMany(c => c.Sentences).ToArray();
        Console.WriteLine($"train ner-accurate (seed {settings.Seed}): {train.Length} train, {devSentences.Length} dev sentences; vectors cached in {cache.Folder}");
        var encoder = ContextualEncoder.ForLayer(settings.EncoderLayer);
        var trainVectors = EntityVectors.Encode(train, cache, Console.WriteLine, encoder);
        var devVectors = EntityVectors.Encode(devSentences, cache, Console.WriteLine, encoder);
        Console.WriteLine($"vectors ready in {watch.Elapsed.TotalSeconds:0}s");

        var metadata = new Dictionary<string, string>
        {
            ["name"] = "ner-accurate",
            ["version"] = "1.1.0",
            ["command"] = string.Create(CultureInfo.InvariantCulture, $"newsnlp train ner-accurate --seed {settings.Seed} --epochs {settings.Epochs} --learning-rate {settings.LearningRate} --hidden {settings.Hidden} --encoder-layer {settings.EncoderLayer}"),
            ["corpora"] = "UNER_English-EWT train (early release), GUM_news train, each also lower-cased; weight chosen on their dev splits",
            ["encoder"] = encoder.Version,
            ["encoder_layer"] = settings.EncoderLayer.ToString(CultureInfo.InvariantCulture),
            ["fast_model"] = $"ner {fast.Metadata.GetValueOrDefault("version", "unknown")}",
        };
        var options = new NerHeadTrainingOptions { Seed = settings.Seed, Epochs = settings.Epochs, LearningRate = settings.LearningRate, HiddenUnits = settings.Hidden };
        var head = NerHeadTrainer.Train(train.Zip(trainVectors).ToArray(), devSentences.Zip(devVectors).ToArray(), fast.Types, options, metadata, Console.WriteLine);

        var best = (Score: double.NegativeInfinity, Weight: 0f, PriorShare: 0f);
        foreach (var priorShare in new[] { 0f, 1f })
        {
            foreach (var weight in Weights.Where(w => w > 0 || priorShare == 0))
            {
                var score = EntityEvaluation.DevScore(new AccurateEntityRecognizer(fast, head, cache, weight, priorShare), dev, tagger);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  head weight {weight}, prior share {priorShare}: dev score {score:F4}"));
                if (score > best.Score)
                {
                    best = (score, weight, priorShare);
                }
            }
        }

        // Then each type's weight in turn (coordinate ascent, one pass), O and the other types held.
        var typeWeights = fast.Types.Select(_ => best.Weight).ToArray();
        for (var type = 0; type < typeWeights.Length; type++)
        {
            foreach (var weight in Weights.Where(w => w != best.Weight))
            {
                var trial = typeWeights.ToArray();
                trial[type] = weight;
                var score = EntityEvaluation.DevScore(new AccurateEntityRecognizer(fast, head, cache, best.Weight, best.PriorShare, trial), dev, tagger);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {fast.Types[type]} weight {weight}: dev score {score:F4}"));
                if (score > best.Score)
                {
                    best.Score = score;
                    typeWeights = trial;
                }
            }
        }

        metadata = new Dictionary<string, string>(head.Metadata)
        {
            ["weight"] = best.Weight.ToString(CultureInfo.InvariantCulture),
            ["prior_share"] = best.PriorShare.ToString(CultureInfo.InvariantCulture),
            ["type_weights"] = AccurateEntityRecognizer.FormatTypeWeights(typeWeights),
            ["dev_score"] = best.Score.ToString("F4", CultureInfo.InvariantCulture),
        };
        var path = settings.ModelPath ?? Path.Combine("models", AccurateEntityRecognizer.ModelFile);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        head.WithMetadata(metadata).Save(path);
        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB, weight {best.Weight}, type weights {AccurateEntityRecognizer.FormatTypeWeights(typeWeights)}, dev score {best.Score:F4}) in {watch.Elapsed.TotalSeconds:0}s");
        return 0;
    }
}
