using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SignauxFaibles.Domain.Lists;

namespace SignauxFaibles.ReadModel.Projection;

/// <summary>
/// The single writer of an in-process projection (the embedded run, where grains publish straight to the
/// read model): serialises and batches the updates of every grain, completes each caller once its batch is
/// committed (so a grain's outbox only drops what the store holds), and closes a dated list once the
/// projection's clock is <see cref="ReadModelOptions.CloseGraceDays"/> past its cut-off. Brings the schema
/// up to date before anything is written.
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
    private DateOnly? _clock;
    private DateOnly? _closedUpTo;

    public ReadModelWriter(IReadModelProjector projector, ReadModelStore store, IOptions<ReadModelOptions> options, ILogger<ReadModelWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _projector = projector;
        _store = store;
        _options = options.Value;
        _logger = logger;
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

        var latest = batch.Max(p => p.Update.AsOf);
        if (_clock is null || latest > _clock)
        {
            _clock = latest;
            await CloseDueAsync(cancellationToken);
        }
    }

    /// <summary>Closes the latest list whose cut-off is at least the grace period behind the clock (and any open one before it).</summary>
    private async Task CloseDueAsync(CancellationToken cancellationToken)
    {
        var due = ListCalendar.LatestAtOrBefore(_clock!.Value.AddDays(-_options.CloseGraceDays));
        if (_closedUpTo is { } closed && due <= closed)
        {
            return;
        }

        try
        {
            await _projector.CloseAsync(due, cancellationToken);
            _closedUpTo = due;
            LogClosed(_logger, due, _clock.Value);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Retried at the next advance of the clock.
            LogCloseFailed(_logger, ex, due);
        }
    }

    private sealed record Pending(FirmRowUpdate Update, TaskCompletionSource Done);

    [LoggerMessage(EventId = 10001, Level = LogLevel.Information, Message = "Read model ({Provider}) schema: {Applied}")]
    private static partial void LogSchema(ILogger logger, ReadModelProvider provider, string applied);

    [LoggerMessage(EventId = 10002, Level = LogLevel.Warning, Message = "Read model: applying {Count} update(s) failed; their publishers retry")]
    private static partial void LogApplyFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 10003, Level = LogLevel.Information, Message = "Read model: list {ListDate:yyyy-MM-dd} closed (projection clock {Clock:yyyy-MM-dd})")]
    private static partial void LogClosed(ILogger logger, DateOnly listDate, DateOnly clock);

    [LoggerMessage(EventId = 10004, Level = LogLevel.Warning, Message = "Read model: closing list {ListDate:yyyy-MM-dd} failed; retried when the clock moves")]
    private static partial void LogCloseFailed(ILogger logger, Exception exception, DateOnly listDate);
}
