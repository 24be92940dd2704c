using Polly;
using Polly.Retry;

namespace NewsNlp.Ingestion;

/// <summary>
/// Retries transient I/O failures (network shares, sharing violations) with exponential backoff and
/// jitter, a bounded number of times; a file that is missing or forbidden fails at once. The pipeline is
/// built once and is thread-safe.
/// </summary>
public sealed class IoRetry
{
    private readonly ResiliencePipeline _pipeline;

    public IoRetry(int maxRetries, TimeSpan baseDelay)
    {
        MaxRetries = maxRetries;
        _pipeline = maxRetries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder()
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<IOException>(IsTransient),
                    MaxRetryAttempts = maxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = baseDelay,
                })
                .Build();
    }

    /// <summary>4 retries from 100 ms: about 1.5 s in the worst case before a record is rejected.</summary>
    public static IoRetry Default { get; } = new(4, TimeSpan.FromMilliseconds(100));

    public int MaxRetries { get; }

    public T Execute<T>(Func<T> action) => _pipeline.Execute(static a => a(), action);

    /// <summary>Missing files and directories do not come back by waiting; everything else may.</summary>
    internal static bool IsTransient(IOException e) =>
        e is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException and not EndOfStreamException;
}
