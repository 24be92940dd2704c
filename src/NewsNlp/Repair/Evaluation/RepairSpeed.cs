using System.Diagnostics;
using System.Globalization;
using NewsNlp.Documents;

namespace NewsNlp.Repair.Evaluation;

/// <summary>One timed run of the repair stage: raw-text megabytes per wall-clock second and per CPU-second.</summary>
public readonly record struct RepairSpeedRun(int Threads, long Bytes, TimeSpan Elapsed, double CpuSeconds)
{
    public double MegabytesPerSecond => Bytes / 1e6 / Elapsed.TotalSeconds;

    /// <summary>Steadier than wall clock on a shared machine: other processes' load does not count.</summary>
    public double MegabytesPerCpuSecond => Bytes / 1e6 / Math.Max(CpuSeconds, 1e-9);
}

/// <summary>
/// Measures the repair stage's throughput the way a batch job runs it: the same article repaired over and
/// over, spread over a number of threads that share the stage and its models, as the pipeline does.
/// </summary>
public static class RepairSpeed
{
    /// <summary>
    /// Repairs <paramref name="text"/> until at least <paramref name="minimumChars"/> characters are done,
    /// split evenly over <paramref name="threads"/> threads, after one warm-up repair (JIT, model loading).
    /// </summary>
    public static RepairSpeedRun Measure(string text, RepairStage stage, long minimumChars, int threads)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stage);
        threads = Math.Max(1, threads);
        var perThread = (int)Math.Max(1, (minimumChars + ((long)text.Length * threads) - 1) / ((long)text.Length * threads));
        stage.Process(new Article("warm-up", "bench", "0", text), CancellationToken.None);

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Parallel.For(0, threads, options, thread =>
        {
            for (var i = 0; i < perThread; i++)
            {
                var id = ((thread * perThread) + i).ToString(CultureInfo.InvariantCulture);
                stage.Process(new Article("bench-" + id, "bench", id, text), CancellationToken.None);
            }
        });

        watch.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var bytes = (long)System.Text.Encoding.UTF8.GetByteCount(text) * perThread * threads;
        return new RepairSpeedRun(threads, bytes, watch.Elapsed, cpuSeconds);
    }

    /// <summary>The middle value (the upper one of an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
