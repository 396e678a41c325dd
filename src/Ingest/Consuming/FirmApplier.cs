using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// One firm's call and its retries, as a resilience pipeline of two retry strategies. A failure of the
/// store or the cluster (<see cref="ApplyFailures.IsTransient"/>) is retried without limit, with capped
/// exponential backoff: the call enters the <see cref="StorageOutage"/> (it gives its in-flight slot back
/// while it waits and the consumer pauses), so nothing valid is dead-lettered for an outage and nothing
/// past it is committed. Any other failure may be the event's: it is retried
/// <see cref="IngestOptions.MaxApplyAttempts"/> times in all, then its events go to the dead-letter topic
/// as <c>apply_failed</c>.
/// </summary>
internal sealed partial class FirmApplier
{
    private static readonly ResiliencePropertyKey<ApplyState> StateKey = new("sf.ingest.apply-call");

    private readonly IFirmBatchSink sink;
    private readonly DeadLetterSender deadLetters;
    private readonly OffsetTracker tracker;
    private readonly StorageOutage outage;
    private readonly IngestOptions options;
    private readonly IngestMetrics metrics;
    private readonly ILogger logger;
    private readonly ResiliencePipeline pipeline;

    public FirmApplier(IFirmBatchSink sink, DeadLetterSender deadLetters, OffsetTracker tracker, StorageOutage outage, IngestOptions options, IngestMetrics metrics, ILogger logger)
    {
        this.sink = sink;
        this.deadLetters = deadLetters;
        this.tracker = tracker;
        this.outage = outage;
        this.options = options;
        this.metrics = metrics;
        this.logger = logger;
        pipeline = BuildPipeline();
    }

    /// <summary>
    /// Applies <paramref name="group"/> once <paramref name="previous"/> (the firm's previous call, which
    /// never faults) has ended, then completes its offsets; dead-letters its events once attempts run out.
    /// Cancellation and unexpected failures propagate to the caller, which ends <paramref name="call"/>.
    /// </summary>
    public async Task ApplyAsync(FirmGroup group, InFlightCall call, Task previous, CancellationToken cancellationToken)
    {
        // The call is issued from the pool, not from the consumer thread that dispatches the batch.
        await Task.Yield();

        // The previous call for this firm never faults (failures are handled inside), but it may still run.
        await previous.ConfigureAwait(false);

        // The child of the first message's trace context, or of the batch's span (the ambient activity when the
        // call was chained); Orleans' call span follows, and the alerts the grain produces carry its context.
        using var activity = IngestTracing.StartApply(group);
        var started = Stopwatch.GetTimestamp();
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StateKey, new ApplyState(group, call));
        try
        {
            await pipeline.ExecuteAsync(
                static (ctx, state) => new ValueTask(state.Sink.ApplyAsync(state.Group.ToBatch(), ctx.CancellationToken)),
                context,
                (Sink: sink, Group: group)).ConfigureAwait(false);
            metrics.Applied(group.Events.Count, Stopwatch.GetElapsedTime(started));
            group.CompleteAll(tracker);
            return;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            metrics.ApplyFailed();
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            LogApplyFailed(logger, ex, group.Siren, group.Events.Count, options.MaxApplyAttempts, options.MaxApplyAttempts);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            outage.Leave(call);
        }

        // A valid event that keeps failing must not block its partition forever: park it for replay.
        for (var i = 0; i < group.Events.Count; i++)
        {
            var e = group.Events[i];
            var source = DeadLetterSource.KafkaMessage(e.Position.Topic, e.Position.Partition, e.Position.Offset);
            var reject = new Reject(RejectCode.ApplyFailed, "event", $"applying the event failed {options.MaxApplyAttempts} times");
            await deadLetters.SendOneAsync(new DeadLetter([reject], source, group.Siren, EventJson.Serialize(e.Event)), cancellationToken).ConfigureAwait(false);
            tracker.Complete(group.Pending[i]);
        }
    }

    private ResiliencePipeline BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxApplyAttempts > 1)
        {
            // Outer: failures that may come from the events themselves, bounded.
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && !IsCancellation(ex, args.Context) && !ApplyFailures.IsTransient(ex)),
                MaxRetryAttempts = options.MaxApplyAttempts - 1,
                Delay = options.ApplyRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = args =>
                {
                    metrics.Retried(IngestMetrics.EventRetry);
                    var state = args.Context.Properties.GetValue(StateKey, null!);
                    LogApplyFailed(logger, args.Outcome.Exception!, state.Group.Siren, state.Group.Events.Count, args.AttemptNumber + 1, options.MaxApplyAttempts);
                    return default;
                },
            });
        }

        // Inner: the store or the cluster is away; wait for it as long as it takes (shutdown cancels).
        builder.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && !IsCancellation(ex, args.Context) && ApplyFailures.IsTransient(ex)),
            MaxRetryAttempts = int.MaxValue,
            Delay = options.ApplyRetryDelay,
            MaxDelay = options.StorageRetryMaxDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            OnRetry = args =>
            {
                metrics.Retried(IngestMetrics.StorageRetry);
                var state = args.Context.Properties.GetValue(StateKey, null!);
                outage.Enter(state.Call, args.Outcome.Exception!);
                return default;
            },
        });
        return builder.Build();
    }

    private static bool IsCancellation(Exception ex, ResilienceContext context) =>
        ex is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

    /// <summary>What the retry callbacks need to know of the call they retry.</summary>
    private sealed record ApplyState(FirmGroup Group, InFlightCall Call);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Applying {Count} events to firm {Siren} failed (attempt {Attempt}/{MaxAttempts})")]
    private static partial void LogApplyFailed(ILogger logger, Exception ex, string siren, int count, int attempt, int maxAttempts);
}
