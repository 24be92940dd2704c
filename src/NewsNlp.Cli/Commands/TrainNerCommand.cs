using System.Diagnostics;
using NewsNlp.Analysis.Clusters;
using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp train ner`: UNER EWT train + GUM news train → models/ner.bin, epochs chosen on dev.</summary>
public sealed class TrainNerCommand : Command<NerTrainSettings>
{
    public override int Execute(CommandContext context, NerTrainSettings settings, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var root = settings.CorporaRoot;
        var train = EntityCorpora.Load(root, "train")
            .SelectMany(c => Enumerable.Repeat(c.Sentences, c.Name == EntityCorpora.GumNews ? Math.Max(1, settings.NewsWeight) : 1).SelectMany(s => s))
            .ToArray();
        var dev = EntityCorpora.Load(root, "dev");
        Console.WriteLine($"train ner (seeds {settings.Seed}–{settings.Seed + settings.Seeds - 1}): {train.Length} sentences, {train.Sum(s => s.Entities.Count)} names; lower-cased copies {(settings.NoLowercase ? "not added" : "added")}");

        var options = new EntityTrainingOptions { Seed = settings.Seed, Seeds = settings.Seeds, Epochs = settings.Epochs, TableBits = settings.Bits, LowercaseCopies = !settings.NoLowercase, DocumentFeatures = !settings.NoDocument, Tagger = settings.NoPos ? null : PosTagger.Shared };
        var metadata = new Dictionary<string, string>
        {
            ["name"] = "ner",
            ["version"] = "1.4.0",
            ["command"] = $"newsnlp train ner --seed {settings.Seed}{(settings.Seeds != 3 ? $" --seeds {settings.Seeds}" : string.Empty)} --epochs {settings.Epochs} --bits {settings.Bits}{(settings.NewsWeight != 1 ? $" --news-weight {settings.NewsWeight}" : string.Empty)}{(settings.NoLowercase ? " --no-lowercase" : string.Empty)}{(settings.NoDocument ? " --no-document" : string.Empty)}{(settings.NoPos ? " --no-pos" : string.Empty)}{(settings.NoClusters ? " --no-clusters" : string.Empty)}",
            ["corpora"] = "UNER_English-EWT train (early release), GUM_news train; word lexicon from wordfreq (wamerican, SymSpell frequencies); word clusters: models/word-clusters.bin (all-MiniLM-L6-v2 embeddings, MIT)",
        };
        var lexicon = EntityCorpora.LoadLexicon(root).WithClusters(settings.NoClusters ? WordClusters.Empty : WordClusters.Load(settings.Clusters));
        Console.WriteLine($"word lexicon: {lexicon.Count} words, {lexicon.ClusterCount} with a cluster");
        var model = EntityRecognizerTrainer.Train(train, lexicon, options, metadata, m => EntityEvaluation.DevScore(m, dev, options.Tagger), Console.WriteLine, dev.SelectMany(c => c.Sentences).ToArray());
        var path = settings.ModelPath ?? Path.Combine("models", EntityRecognizer.ModelFile);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        model.Save(path);
        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB, best epoch {model.Metadata["epochs"]}) in {watch.Elapsed.TotalSeconds:0}s");
        return 0;
    }
}
