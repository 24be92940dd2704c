namespace NewsNlp.Pipeline;

/// <summary>What a run did. Records = Articles + Rejected, always. Tokens: of the analysed articles' cleaned text.</summary>
public sealed record RunSummary(
    long Records,
    long Articles,
    long Rejected,
    long UnsupportedLanguage,
    long InputBytes,
    long Tokens,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, TimeSpan> StageTimes);

/// <summary>Live counts for a progress display; called from the writer thread only.</summary>
public interface IRunProgress
{
    /// <param name="records">Records written so far.</param>
    /// <param name="rejected">Of which rejected.</param>
    /// <param name="bytesDone">Input bytes (on disk) read so far, of <paramref name="bytesTotal"/>.</param>
    void Report(long records, long rejected, long bytesDone, long bytesTotal);
}
