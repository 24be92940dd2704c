namespace NewsNlp.Cli;

/// <summary>Turns Ctrl-C into cancellation, so a run stops cleanly and deletes its partial files.</summary>
public static class CtrlC
{
    public static CancellationTokenSource Link(CancellationToken token)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(token);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            try
            {
                source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The command already finished.
            }
        };
        return source;
    }
}
