using System.ComponentModel;
using System.Diagnostics;
using NewsNlp.Analysis;
using NewsNlp.Analysis.Evaluation;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// `newsnlp eval speed`: tokens per second of the analysis stages (<see cref="AnalysisStages"/>) over
/// news text, parallel over articles on all cores as the pipeline runs, median of several runs.
/// </summary>
[Description("Tokens/s of the analysis stages (tokenize, sentences, POS, …) over several MB of news text, all cores.")]
public sealed class EvalSpeedCommand : CorpusCommand<EvalSpeedCommand.Settings>
{
    private const string SamplePath = "data/samples/security-guarantees.txt";

    public sealed class Settings : CorpusSettings
    {
        [CommandOption("--megabytes <N>")]
        [Description("Amount of text to process per run, in millions of characters (default 8).")]
        public int Megabytes { get; init; } = 8;

        [CommandOption("--runs <N>")]
        [Description("Timed runs; the median is reported (default 5).")]
        public int Runs { get; init; } = 5;
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var texts = NewsTexts(settings.CorporaRoot);
        var articles = new List<Article>();
        for (long chars = 0; chars < settings.Megabytes * 1_000_000L; chars += texts[articles.Count % texts.Count].Length)
        {
            var text = texts[articles.Count % texts.Count];
            articles.Add(new Article($"speed-{articles.Count}", "speed", "0", text));
        }

        var stages = AnalysisStages.Create();
        var ticks = new long[stages.Count];
        Process(articles, stages, ticks, cancellationToken); // warm-up: JIT and model loading
        Array.Clear(ticks);
        var rates = new List<double>();
        var cpuRates = new List<double>();
        var busyCores = new List<double>();
        var allocated = new List<double>();
        long tokens = 0;
        for (var run = 0; run < Math.Max(1, settings.Runs); run++)
        {
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            Process(articles, stages, ticks, cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;
            var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            tokens = articles.Sum(a => (long)a.Tokens.Length);
            rates.Add(tokens / seconds);
            cpuRates.Add(tokens / cpuSeconds);
            busyCores.Add(cpuSeconds / seconds);
            allocated.Add((double)allocatedBytes / tokens);
        }

        rates.Sort();
        cpuRates.Sort();
        Report("stages", $"{string.Join(" + ", stages.Select(s => s.Name))}");
        Report("text", $"{articles.Count} articles, {articles.Sum(a => (long)a.Clean.Length) / 1e6:0.0} M chars, {tokens} tokens, {Environment.ProcessorCount} cores");
        Report("tokens/s (median)", $"{rates[rates.Count / 2]:#,0} (runs: {string.Join(", ", rates.Select(r => r.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)))})");
        // On a shared machine wall-clock time depends on other processes; CPU time does not, so tokens per
        // CPU-second × cores is what the stages would do with the cores to themselves.
        Report("tokens per CPU-second (median)", $"{cpuRates[cpuRates.Count / 2]:#,0}, i.e. {cpuRates[cpuRates.Count / 2] * Environment.ProcessorCount:#,0} tokens/s on {Environment.ProcessorCount} idle cores");
        // Below the core count when threads wait (on each other, or on a machine busy with other work).
        Report("cores busy (per run)", $"{string.Join(", ", busyCores.Select(c => c.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))} of {Environment.ProcessorCount}");
        // The layers the stages fill (token array, sentences, mentions) are allocated, so this is never 0.
        Report("bytes allocated per token (median)", $"{allocated.Order().ElementAt(allocated.Count / 2):0.0}");
        // Speed work must not change a single tag, boundary or name: compare this before and after.
        Report("output fingerprint", $"{AnalysisFingerprint.Of(articles):x16}");
        var total = ticks.Sum();
        for (var i = 0; i < stages.Count; i++)
        {
            Report($"  {stages[i].Name}", $"{100.0 * ticks[i] / Math.Max(1, total):0.0}% of stage time");
        }

        return 0;
    }

    private static void Process(List<Article> articles, IReadOnlyList<IStage> stages, long[] ticks, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.ForEach(articles, options, article =>
        {
            for (var i = 0; i < stages.Count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                stages[i].Process(article, cancellationToken);
                Interlocked.Add(ref ticks[i], Stopwatch.GetTimestamp() - started);
            }
        });
    }

    // The sample article plus the GUM news documents when the corpora are present: real news prose.
    private static List<string> NewsTexts(string corporaRoot)
    {
        var texts = new List<string>();
        var sample = FindUpwards(SamplePath);
        if (sample != null)
        {
            texts.Add(File.ReadAllText(sample));
        }

        foreach (var split in new[] { "train", "dev", "test" })
        {
            var path = Path.Combine(corporaRoot, UdCorpora.GumNews(split));
            if (File.Exists(path))
            {
                texts.AddRange(ConlluReader.Documents(ConlluReader.Read(path)).Select(d => d.Text));
            }
        }

        if (texts.Count <= 1)
        {
            AnsiConsole.WriteLine("GUM news not found under the corpora folder: measuring on the sample article alone.");
        }

        return texts.Count > 0 ? texts : throw new FileNotFoundException($"Neither {SamplePath} nor the GUM news corpus was found.");
    }

    private static string? FindUpwards(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
