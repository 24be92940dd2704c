using System.ComponentModel;
using System.Diagnostics;
using NewsNlp.Analysis.Entities;
using NewsNlp.Stance;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp train word-clusters --seed N`: word lists → MiniLM word embeddings → k-means → models/word-clusters.bin.</summary>
[Description("Cluster word-list words by their MiniLM embeddings for the entity recogniser (deterministic for a given --seed).")]
public sealed class TrainWordClustersCommand : CorpusCommand<TrainWordClustersCommand.Settings>
{
    public sealed class Settings : CorpusSettings
    {
        [CommandOption("--seed <N>")]
        [Description("Random seed of the k-means seeding (default 1).")]
        public int Seed { get; init; } = 1;

        [CommandOption("--clusters <N>")]
        [Description("Number of clusters (default 256).")]
        public int Clusters { get; init; } = 256;

        [CommandOption("--frequent <N>")]
        [Description("How many of the most frequent words of the frequency list to cluster, besides the word list's proper names (default 40000).")]
        public int Frequent { get; init; } = 40000;

        [CommandOption("--iterations <N>")]
        [Description("Maximum k-means iterations (default 20).")]
        public int Iterations { get; init; } = 20;

        [CommandOption("--output <FILE>")]
        [Description("Where to write the clusters (default models/word-clusters.bin).")]
        public string Output { get; init; } = Path.Combine("models", WordClusters.ModelFile);
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var root = settings.CorporaRoot;
        var clock = Stopwatch.StartNew();
        var words = WordClusterTrainer.Vocabulary(UdCorpora.ReadFrequencies(root), File.ReadLines(CorpusLocator.RequireFile(root, UdCorpora.CasedWordList)), settings.Frequent);
        Report("vocabulary", $"{words.Count} words");
        var metadata = new Dictionary<string, string>
        {
            ["name"] = "word-clusters",
            ["version"] = "1.0.0",
            ["command"] = FormattableString.Invariant($"newsnlp train word-clusters --seed {settings.Seed} --clusters {settings.Clusters} --frequent {settings.Frequent} --iterations {settings.Iterations}"),
            ["sources"] = "SymSpell frequency list (MIT) and SCOWL wamerican (permissive) words; all-MiniLM-L6-v2 (Apache-2.0) embeddings",
        };
        var clusters = WordClusterTrainer.Train(words, SentenceEmbedder.Shared.Encode, settings.Clusters, settings.Iterations, settings.Seed, metadata, Console.WriteLine);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Output))!);
        clusters.Save(settings.Output);
        Report("saved", $"{settings.Output} ({new FileInfo(settings.Output).Length / 1024.0:0} KiB, {clusters.Count} clusters, fingerprint {clusters.Fingerprint}) in {clock.Elapsed.TotalSeconds:0} s");
        return 0;
    }
}
