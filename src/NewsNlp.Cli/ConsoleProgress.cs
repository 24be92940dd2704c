using System.Diagnostics;
using NewsNlp.Pipeline;
using Spectre.Console;

namespace NewsNlp.Cli;

/// <summary>
/// Runs a batch with progress: a Spectre.Console bar (articles/s, ETA) on a terminal, plain log lines on
/// stderr every few seconds when output is redirected or CI=true.
/// </summary>
public static class ConsoleProgress
{
    public static bool Interactive =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static async Task<RunSummary> RunAsync(RunOptions options, AnalysisPipeline pipeline, CancellationToken token)
    {
        if (!Interactive)
        {
            return await new BatchRunner(options, pipeline, new LogLines()).RunAsync(token).ConfigureAwait(false);
        }

        RunSummary? summary = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("reading", maxValue: 1);
                summary = await new BatchRunner(options, pipeline, new Bar(task)).RunAsync(token).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return summary!;
    }

    private static string Rate(long records, long rejected, TimeSpan elapsed) =>
        $"{records - rejected:N0} articles, {rejected:N0} rejected, {(records - rejected) / Math.Max(elapsed.TotalSeconds, 0.001):N0}/s";

    private sealed class Bar(ProgressTask task) : IRunProgress
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public void Report(long records, long rejected, long bytesDone, long bytesTotal)
        {
            task.MaxValue = Math.Max(1, bytesTotal);
            task.Value = bytesDone;
            task.Description = Markup.Escape(Rate(records, rejected, Stopwatch.GetElapsedTime(_started)));
        }
    }

    private sealed class LogLines : IRunProgress
    {
        private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
        private readonly long _started = Stopwatch.GetTimestamp();
        private TimeSpan _next = Every;

        public void Report(long records, long rejected, long bytesDone, long bytesTotal)
        {
            var elapsed = Stopwatch.GetElapsedTime(_started);
            if (elapsed < _next)
            {
                return;
            }

            _next = elapsed + Every;
            var percent = bytesTotal == 0 ? 100 : 100.0 * bytesDone / bytesTotal;
            Console.Error.WriteLine($"[{elapsed:hh\\:mm\\:ss}] {Rate(records, rejected, elapsed)}, {percent:F0}% of input read");
        }
    }
}
