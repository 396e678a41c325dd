using System.Diagnostics;
using Microsoft.Extensions.Options;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Grains.Feed;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Silo.Feed;

/// <summary>
/// Feeds the firm grains from a delivery source, one delivery day at a time: events get simulated log
/// positions, are grouped into one batch per firm, and each batch goes to its firm grain with bounded
/// concurrency. The first months are replayed without pause, later days are paced. A batch that still
/// fails after the configured attempts stops the silo: a host without its feed would look healthy and
/// show stale alerts. It records into the ingest's meter as the Kafka ingest does (messages by simulated
/// topic, batch sizes, events applied and call durations, retries), so /metrics reads the same either way.
/// </summary>
public sealed partial class FirmFeedService(
    IServiceProvider services,
    IGrainFactory grains,
    IOptions<FeedOptions> feedOptions,
    IOptions<SimulatorFeedOptions> simulatorOptions,
    FeedStatus status,
    IngestMetrics metrics,
    IHostApplicationLifetime lifetime,
    ILogger<FirmFeedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var feed = feedOptions.Value;
        if (feed.Source == FeedSource.None)
        {
            LogNoFeed(logger);
            return;
        }

        var source = services.GetRequiredKeyedService<IDeliverySource>(feed.Source);
        var sim = simulatorOptions.Value;
        var log = new SimulatedLog("sim", sim.Partitions);
        var liveFrom = source.FirstMonth.AddMonths(sim.ReplayMonths);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = feed.MaxConcurrentCalls, CancellationToken = stoppingToken };

        // Grain calls need the silo up: wait for the host to have started every service.
        await WhenStarted(stoppingToken);
        status.State = FeedState.Replaying;
        LogStarting(logger, source.FirstMonth, liveFrom, sim.DayDuration);
        try
        {
            DateOnly? previous = null;
            Month? month = null;
            await foreach (var delivery in source.ReadAsync(stoppingToken))
            {
                var day = Month.From(delivery.Day);
                if (day >= liveFrom)
                {
                    if (status.State != FeedState.Live)
                    {
                        status.State = FeedState.Live;
                        LogLive(logger, day, status.Events, status.Alerts);
                    }

                    if (previous is { } p)
                    {
                        await Task.Delay(sim.DayDuration * (delivery.Day.DayNumber - p.DayNumber), stoppingToken);
                    }
                }

                if (month is { } m && m != day)
                {
                    LogMonthFed(logger, m, status.Events, status.Batches, status.Alerts);
                }

                month = day;
                previous = delivery.Day;
                var batches = log.AppendBatches(delivery.Events);
                Count(batches);
                await Parallel.ForEachAsync(batches, parallel, (batch, ct) => ApplyAsync(batch, feed.MaxAttempts, ct));
                status.LastDay = delivery.Day;
            }

            status.State = FeedState.Finished;
            LogFinished(logger, status.Events, status.Batches, status.Alerts);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            status.State = FeedState.Failed;
            LogFailed(logger, ex);
            lifetime.StopApplication();
        }
    }

    private async ValueTask ApplyAsync(FirmBatch batch, int maxAttempts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await grains.GetGrain<IFirmGrain>(batch.Siren).ApplyAsync(batch, cancellationToken);
                status.Count(outcome.Applied, outcome.Duplicates, outcome.AlertsEmitted);
                metrics.Applied(batch.Events.Length, Stopwatch.GetElapsedTime(started));
                return;
            }
            catch (Exception ex) when (attempt < maxAttempts && ex is not OperationCanceledException)
            {
                // Redelivering the whole batch is safe: positions already applied are skipped.
                LogRetry(logger, ex, batch.Siren, attempt);
                metrics.Retried(IngestMetrics.EventRetry);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken);
            }
        }
    }

    private void Count(IReadOnlyList<FirmBatch> batches)
    {
        var events = 0;
        foreach (var byTopic in batches.SelectMany(b => b.Events).GroupBy(e => e.Position.Topic, StringComparer.Ordinal))
        {
            var n = byTopic.Count();
            metrics.Consumed(byTopic.Key, n);
            events += n;
        }

        metrics.Batch(events);
    }

    private Task WhenStarted(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        cancellationToken.Register(() => started.TrySetCanceled(cancellationToken));
        return started.Task;
    }

    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "No feed configured (Feed:Source = None)")]
    private static partial void LogNoFeed(ILogger logger);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Feed starting: replaying from {First} without pause, paced from {LiveFrom} at {DayDuration} per simulated day")]
    private static partial void LogStarting(ILogger logger, Month first, Month liveFrom, TimeSpan dayDuration);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Fed {Month}: {Events} events in {Batches} batches so far, {Alerts} alert events")]
    private static partial void LogMonthFed(ILogger logger, Month month, long events, long batches, long alerts);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Replay done, live from {Month} ({Events} events, {Alerts} alert events so far)")]
    private static partial void LogLive(ILogger logger, Month month, long events, long alerts);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Feed finished: {Events} events in {Batches} batches, {Alerts} alert events")]
    private static partial void LogFinished(ILogger logger, long events, long batches, long alerts);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Batch for {Siren} failed (attempt {Attempt}); retrying")]
    private static partial void LogRetry(ILogger logger, Exception exception, string siren, int attempt);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Critical, Message = "The feed failed; stopping the silo")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
