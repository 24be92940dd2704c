using System.ComponentModel;
using NewsNlp.Cli.Bench;
using NewsNlp.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// newsnlp bench: generates a news-like archive in a temporary folder, runs the whole pipeline over it
/// several times and reports articles/s, MB/s (of input) and peak RSS; the median run is the headline.
/// </summary>
public sealed class BenchCommand : AsyncCommand<BenchCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--size-mb <N>")]
        [Description("Archive size in MB (jsonl). Default 64; use 1024 to check peak RSS on a 1 GB archive.")]
        public int SizeMb { get; init; } = 64;

        [CommandOption("--runs <N>")]
        [Description("Runs over the same archive; the median is reported. Default 3.")]
        public int Runs { get; init; } = 3;

        [CommandOption("--workers <N>")]
        [Description("Analysis threads; default: all cores.")]
        public int? Workers { get; init; }

        [CommandOption("--sample <FILE>")]
        [Description("Article the archive is made from. Default: data/samples/security-guarantees.txt of the repository.")]
        public string? Sample { get; init; }

        [CommandOption("--no-stance")]
        [Description("Leave out the stance stage, to measure what it adds to the pipeline's time.")]
        public bool NoStance { get; init; }

        [CommandOption("--stance-model <MODE>")]
        [Description("fast or accurate stance and portrayal models. Default fast.")]
        [DefaultValue(Stance.ModelMode.Fast)]
        public Stance.ModelMode StanceModel { get; init; } = Stance.ModelMode.Fast;

        [CommandOption("--keep")]
        [Description("Keep the generated archive and the last run's output (the folder is printed).")]
        public bool Keep { get; init; }

        public override ValidationResult Validate() =>
            SizeMb < 1 || Runs < 1 ? ValidationResult.Error("--size-mb and --runs must be at least 1.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var samplePath = settings.Sample ?? FindSample() ?? throw new FileNotFoundException("Sample article not found; pass --sample FILE.");
        var root = Path.Combine(Path.GetTempPath(), $"newsnlp-bench-{Environment.ProcessId}");
        using var cancel = CtrlC.Link(cancellationToken);
        try
        {
            var archive = Path.Combine(root, "archive");
            var (articles, bytes) = SyntheticArchive.Write(archive, await File.ReadAllTextAsync(samplePath, cancel.Token).ConfigureAwait(false), settings.SizeMb * 1024L * 1024);
            Console.WriteLine($"archive: {articles:N0} articles, {bytes / 1e6:F1} MB in {archive}");
            var results = new List<(double ArticlesPerSecond, double MegabytesPerSecond, double TokensPerSecond)>();
            for (var run = 1; run <= settings.Runs; run++)
            {
                var options = new RunOptions { Input = archive, Output = Path.Combine(root, "out"), Workers = settings.Workers ?? Environment.ProcessorCount, StanceModel = settings.StanceModel };
                var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var gcBefore = GcActivity.Now();
                var summary = await new BatchRunner(options, CreatePipeline(options, settings.NoStance)).RunAsync(cancel.Token).ConfigureAwait(false);
                var seconds = summary.Elapsed.TotalSeconds;
                results.Add((summary.Articles / seconds, summary.InputBytes / 1e6 / seconds, summary.Tokens / seconds));
                Console.WriteLine($"run {run}: {summary.Articles:N0} articles ({summary.Rejected:N0} rejected) in {seconds:F2} s = {results[^1].ArticlesPerSecond:N0} articles/s, {results[^1].MegabytesPerSecond:F1} MB/s, {summary.Tokens:N0} tokens = {results[^1].TokensPerSecond:N0} tokens/s; peak RSS so far {PeakMemory.Bytes() / 1e6:F0} MB");
                Console.WriteLine($"  CPU {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:F1} s; {StageShares(summary.StageTimes)}");
                Console.WriteLine($"  {GcActivity.Now().Since(gcBefore)}");
            }

            var median = results.OrderBy(r => r.ArticlesPerSecond).ElementAt(results.Count / 2);
            var table = new Table().AddColumns("metric", "median");
            table.AddRow("articles/s", $"{median.ArticlesPerSecond:N0}");
            table.AddRow("MB/s (input)", $"{median.MegabytesPerSecond:F1}");
            table.AddRow("tokens/s", $"{median.TokensPerSecond:N0}");
            table.AddRow("peak RSS (MB)", $"{PeakMemory.Bytes() / 1e6:F0}");
            table.AddRow("workers", $"{settings.Workers ?? Environment.ProcessorCount}");
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }
        finally
        {
            if (!settings.Keep && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    // Per-stage times are summed over workers; under a shared machine's load their shares are steadier than wall time.
    private static string StageShares(IReadOnlyDictionary<string, TimeSpan> stages)
    {
        var total = stages.Values.Sum(t => t.TotalSeconds);
        return "stage time " + string.Join(", ", stages.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value.TotalSeconds:F1} s ({100 * kv.Value.TotalSeconds / Math.Max(total, 1e-9):F0}%)"));
    }

    private static AnalysisPipeline CreatePipeline(RunOptions options, bool noStance)
    {
        var pipeline = PipelineFactory.Create(options);
        return noStance ? new AnalysisPipeline(pipeline.Stages.Where(s => s is not Stance.StanceStage)) : pipeline;
    }

    private static string? FindSample()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "samples", "security-guarantees.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
