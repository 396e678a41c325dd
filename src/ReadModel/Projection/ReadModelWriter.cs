using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SignauxFaibles.ReadModel.Projection;

/// <summary>
/// The single writer of an in-process projection (the embedded run, where grains publish straight to the
/// read model): serialises and batches the updates of every grain, completes each caller once its batch is
/// committed (so a grain's outbox only drops what the store holds), and closes due dated lists
/// (<see cref="DueListCloser"/>). Brings the schema up to date before anything is written.
/// </summary>
public sealed partial class ReadModelWriter : BackgroundService
{
    /// <summary>Updates committed per transaction at most.</summary>
    public const int MaxBatch = 512;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10_000) { SingleReader = true });
    private readonly IReadModelProjector _projector;
    private readonly ReadModelStore _store;
    private readonly ReadModelOptions _options;
    private readonly ILogger<ReadModelWriter> _logger;
    private readonly DueListCloser _closer;

    public ReadModelWriter(IReadModelProjector projector, ReadModelStore store, IOptions<ReadModelOptions> options, ILogger<ReadModelWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _projector = projector;
        _store = store;
        _options = options.Value;
        _logger = logger;
        _closer = new DueListCloser(projector, _options, logger);
    }

    /// <summary>Queues an update; completes once it is committed (faults when its batch failed: retry it).</summary>
    public async Task WriteAsync(FirmRowUpdate update, CancellationToken cancellationToken)
    {
        var pending = new Pending(update, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        await pending.Done.Task.WaitAsync(cancellationToken);
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await _store.EnsureSchemaAsync(cancellationToken);
        LogSchema(_logger, _options.Provider, applied.Count == 0 ? "up to date" : string.Join(", ", applied));
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                await ApplyAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: callers still waiting are cancelled by their own tokens or retry later.
        }
    }

    private async Task ApplyAsync(List<Pending> batch, CancellationToken cancellationToken)
    {
        try
        {
            await _projector.ApplyAsync([.. batch.Select(p => p.Update)], [], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogApplyFailed(_logger, ex, batch.Count);
            foreach (var p in batch)
            {
                p.Done.TrySetException(ex);
            }

            return;
        }

        foreach (var p in batch)
        {
            p.Done.TrySetResult();
        }

        await _closer.AdvanceAsync(batch.Max(p => p.Update.AsOf), cancellationToken);
    }

    private sealed record Pending(FirmRowUpdate Update, TaskCompletionSource Done);

    [LoggerMessage(EventId = 10001, Level = LogLevel.Information, Message = "Read model ({Provider}) schema: {Applied}")]
    private static partial void LogSchema(ILogger logger, ReadModelProvider provider, string applied);

    [LoggerMessage(EventId = 10002, Level = LogLevel.Warning, Message = "Read model: applying {Count} update(s) failed; their publishers retry")]
    private static partial void LogApplyFailed(ILogger logger, Exception exception, int count);
}
