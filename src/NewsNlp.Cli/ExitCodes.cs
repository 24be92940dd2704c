using NewsNlp.Training;

namespace NewsNlp.Cli;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    /// <summary>Every record was processed.</summary>
    public const int Ok = 0;

    /// <summary>Usage error or fatal error (one line on stderr, no stack trace), including Ctrl-C.</summary>
    public const int Fatal = 1;

    /// <summary>The run completed but some records were rejected (see rejected.csv).</summary>
    public const int SomeRejected = 2;

    /// <summary>Prints an exception as one line on stderr; a stack trace helps no batch operator.</summary>
    public static int Report(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception switch
        {
            OperationCanceledException => "cancelled; no output file was completed",
            CorpusMissingException or FileNotFoundException or DirectoryNotFoundException or NotSupportedException => exception.Message,
            _ when exception.GetType().Namespace?.StartsWith("Spectre", StringComparison.Ordinal) == true => exception.Message,
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
        Console.Error.WriteLine($"error: {message.ReplaceLineEndings(" ")}");
        return Fatal;
    }
}
