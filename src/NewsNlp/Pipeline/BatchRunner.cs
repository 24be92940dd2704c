using System.Diagnostics;
using System.Threading.Channels;
using NewsNlp.Documents;
using NewsNlp.Ingestion;
using NewsNlp.Output;

namespace NewsNlp.Pipeline;

/// <summary>
/// Runs a batch: one reader streams records into a bounded channel, N workers analyse them, and one
/// writer emits results in input order. Order is kept with a second bounded channel of pending results
/// in read order, so memory stays flat however large the archive and the output is the same for any N.
/// </summary>
public sealed class BatchRunner(RunOptions options, AnalysisPipeline pipeline, IRunProgress? progress = null)
{
    /// <summary>
    /// Reads the input, writes every output file and run.json. Throws <see cref="FileNotFoundException"/> or
    /// <see cref="NotSupportedException"/> for a bad input path, <see cref="OperationCanceledException"/> when
    /// cancelled (no output file is left under its final name then).
    /// </summary>
    public async Task<RunSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var files = InputFiles.List(options.Input);
        var totalBytes = files.Sum(f => f.Length);
        var reader = new ArchiveReader(options.ToIngestOptions());
        var workers = Math.Max(1, options.Workers);
        var work = Channel.CreateBounded<Pending>(new BoundedChannelOptions(workers * 4) { SingleWriter = true });
        var ordered = Channel.CreateBounded<Pending>(new BoundedChannelOptions(workers * 16) { SingleWriter = true, SingleReader = true });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = cancel.Token;

        using var outputs = new OutputSet(options.Output, options.Formats);
        var readTask = Task.Run(() => ReadAll(reader, files, work.Writer, ordered.Writer, token), token);
        var workerTasks = Enumerable.Range(0, workers).Select(_ => Task.Run(() => Analyse(work.Reader, token), token)).ToArray();
        long records = 0, articles = 0, rejected = 0, unsupported = 0, tokens = 0;
        try
        {
            await foreach (var pending in ordered.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                var result = await pending.Result.Task.WaitAsync(token).ConfigureAwait(false);
                records++;
                if (result.Rejection is { } rejection)
                {
                    outputs.Write(rejection);
                    rejected++;
                }
                else
                {
                    outputs.Write(result.Article!, result.Rows!);
                    articles++;
                    tokens += result.Article!.Tokens.Length;
                    unsupported += result.Article!.Status == ArticleStatus.UnsupportedLanguage ? 1 : 0;
                }

                progress?.Report(records, rejected, reader.BytesDone, totalBytes);
            }

            await readTask.ConfigureAwait(false);
            await Task.WhenAll(workerTasks).ConfigureAwait(false);
        }
        catch
        {
            await cancel.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll([readTask, .. workerTasks]).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }

        outputs.Commit();
        var summary = new RunSummary(records, articles, rejected, unsupported, totalBytes, tokens, Stopwatch.GetElapsedTime(started), pipeline.StageTimes());
        RunManifest.Create(options, PipelineFactory.Models(pipeline), summary).Write(options.Output);
        return summary;
    }

    private static async Task ReadAll(ArchiveReader reader, IReadOnlyList<InputFile> files, ChannelWriter<Pending> work, ChannelWriter<Pending> ordered, CancellationToken token)
    {
        Exception? failure = null;
        try
        {
            foreach (var item in reader.Read(files, token))
            {
                var pending = new Pending(item);
                await ordered.WriteAsync(pending, token).ConfigureAwait(false);
                if (item.Rejection is { } rejection)
                {
                    pending.Result.SetResult(new Outcome(null, null, rejection));
                }
                else
                {
                    await work.WriteAsync(pending, token).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            work.TryComplete(failure);
            ordered.TryComplete(failure);
        }
    }

    private async Task Analyse(ChannelReader<Pending> work, CancellationToken token)
    {
        await foreach (var pending in work.ReadAllAsync(token).ConfigureAwait(false))
        {
            pending.Result.SetResult(AnalyseOne(pending.Item.Record!, token));
        }
    }

    /// <summary>
    /// One record through the stages. A stage that fails on an article is a bug, but one article must not
    /// end a million-article run: the record is rejected as analysis_failed, naming the exception.
    /// </summary>
    private Outcome AnalyseOne(RawRecord record, CancellationToken token)
    {
        try
        {
            var article = ArticleFactory.Create(record);
            pipeline.Process(article, token);
            return new Outcome(article, ArticleRows.Build(article, pipeline.Provides), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var detail = RecordBuilder.Detail($"{e.GetType().Name}: {e.Message}");
            return new Outcome(null, null, new Rejection(record.Source, record.Record, RejectReasons.AnalysisFailed, detail));
        }
    }

    private sealed record Outcome(Article? Article, ArticleRows? Rows, Rejection? Rejection);

    private sealed class Pending(IngestItem item)
    {
        public IngestItem Item { get; } = item;

        public TaskCompletionSource<Outcome> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
