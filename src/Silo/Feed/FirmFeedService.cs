using System.Diagnostics;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
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
    private static readonly ResiliencePropertyKey<string> SirenKey = new("sf.feed.siren");

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
        var retry = RetryPipeline(feed.MaxAttempts);
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
                await Parallel.ForEachAsync(batches, parallel, (batch, ct) => ApplyAsync(batch, retry, ct));
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

    private async ValueTask ApplyAsync(FirmBatch batch, ResiliencePipeline retry, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(SirenKey, batch.Siren);
        try
        {
            // Redelivering the whole batch is safe: positions already applied are skipped.
            await retry.ExecuteAsync(
                static async (ctx, state) =>
                {
                    var started = Stopwatch.GetTimestamp();
                    var outcome = await state.grains.GetGrain<IFirmGrain>(state.batch.Siren).ApplyAsync(state.batch, ctx.CancellationToken);
                    state.status.Count(outcome.Applied, outcome.Duplicates, outcome.AlertsEmitted);
                    state.metrics.Applied(state.batch.Events.Length, Stopwatch.GetElapsedTime(started));
                },
                context,
                (grains, batch, status, metrics));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Up to <paramref name="maxAttempts"/> attempts, linear backoff of 200 ms per attempt; the last failure propagates and stops the feed.</summary>
    private ResiliencePipeline RetryPipeline(int maxAttempts)
    {
        if (maxAttempts <= 1)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && ex is not OperationCanceledException),
                MaxRetryAttempts = maxAttempts - 1,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Linear,
                UseJitter = false,
                OnRetry = args =>
                {
                    LogRetry(logger, args.Outcome.Exception!, args.Context.Properties.GetValue(SirenKey, ""), args.AttemptNumber + 1);
                    metrics.Retried(IngestMetrics.EventRetry);
                    return default;
                },
            })
            .Build();
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
