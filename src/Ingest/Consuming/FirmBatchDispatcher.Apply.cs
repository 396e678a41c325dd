using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Ingest.DeadLetters;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// One firm's call and its retries, as a resilience pipeline of two retry strategies. A failure of the
/// store or the cluster (<see cref="ApplyFailures.IsTransient"/>) is retried without limit, with capped
/// exponential backoff: the call gives its in-flight slot back while it waits and the consumer pauses
/// (<see cref="StorageUnavailable"/>), so nothing valid is dead-lettered for an outage and nothing past it
/// is committed. Any other failure may be the event's: it is retried <see cref="Configuration.IngestOptions.MaxApplyAttempts"/>
/// times in all, then its events go to the dead-letter topic as <c>apply_failed</c>.
/// </summary>
public sealed partial class FirmBatchDispatcher
{
    private static readonly ResiliencePropertyKey<ApplyCall> CallKey = new("sf.ingest.apply-call");

    private readonly ResiliencePipeline applyPipeline;

    /// <summary>True while at least one call waits for the store or the cluster to come back: the consumer pauses.</summary>
    public bool StorageUnavailable => Volatile.Read(ref waitingForStorage) > 0;

    /// <summary>Calls waiting for the store or the cluster to come back.</summary>
    public int WaitingForStorage => Volatile.Read(ref waitingForStorage);

    private ResiliencePipeline BuildApplyPipeline()
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
                    Statistics.AddApplyFailure();
                    var call = args.Context.Properties.GetValue(CallKey, null!);
                    LogApplyFailed(logger, args.Outcome.Exception!, call.Group.Siren, call.Group.Events.Count, args.AttemptNumber + 1, options.MaxApplyAttempts);
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
                Statistics.AddApplyFailure();
                Statistics.AddStorageRetry();
                var call = args.Context.Properties.GetValue(CallKey, null!);
                EnterStorageWait(call, args.Outcome.Exception!);
                return default;
            },
        });
        return builder.Build();
    }

    private static bool IsCancellation(Exception ex, ResilienceContext context) =>
        ex is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

    private async Task ApplyAsync(FirmGroup group, Task previous, CancellationToken cancellationToken)
    {
        var call = new ApplyCall(group);
        try
        {
            // The call is issued from the pool, not from the consumer thread that dispatches the batch.
            await Task.Yield();

            // The previous call for this firm never faults (failures are handled inside), but it may still run.
            await previous.ConfigureAwait(false);
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(CallKey, call);
            try
            {
                await applyPipeline.ExecuteAsync(
                    static (ctx, state) => new ValueTask(state.Sink.ApplyAsync(state.Group.ToBatch(), ctx.CancellationToken)),
                    context,
                    (Sink: sink, Group: group)).ConfigureAwait(false);
                Statistics.AddApplied(group.Events.Count);
                group.CompleteAll(tracker);
                return;
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                Statistics.AddApplyFailure();
                LogApplyFailed(logger, ex, group.Siren, group.Events.Count, options.MaxApplyAttempts, options.MaxApplyAttempts);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
                LeaveStorageWait(call);
            }

            // A valid event that keeps failing must not block its partition forever: park it for replay.
            for (var i = 0; i < group.Events.Count; i++)
            {
                var e = group.Events[i];
                var source = DeadLetterSource.KafkaMessage(e.Position.Topic, e.Position.Partition, e.Position.Offset);
                var reject = new Reject(RejectCode.ApplyFailed, "event", $"applying the event failed {options.MaxApplyAttempts} times");
                await SendOneAsync(new DeadLetter([reject], source, group.Siren, EventJson.Serialize(e.Event)), cancellationToken).ConfigureAwait(false);
                tracker.Complete(group.Pending[i]);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: what is not done stays uncommitted and is delivered again.
        }
        catch (Exception ex)
        {
            LogUnexpected(logger, ex, group.Siren);
        }
        finally
        {
            LeaveStorageWait(call);
            Release(call);
        }
    }

    private void EnterStorageWait(ApplyCall call, Exception cause)
    {
        if (call.WaitingForStorage)
        {
            return;
        }

        call.WaitingForStorage = true;

        // A waiting call holds no slot: the consumer pauses instead of blocking on a full dispatcher, so it
        // stays in its group however long the outage lasts. Memory stays bounded: nothing more is fetched.
        call.SlotReleased = true;
        slots.Release();
        if (Interlocked.Increment(ref waitingForStorage) == 1)
        {
            LogStorageUnavailable(logger, cause, call.Group.Siren, cause.Message);
        }
    }

    private void LeaveStorageWait(ApplyCall call)
    {
        if (!call.WaitingForStorage)
        {
            return;
        }

        call.WaitingForStorage = false;
        if (Interlocked.Decrement(ref waitingForStorage) == 0)
        {
            LogStorageBack(logger, call.Group.Siren);
        }
    }

    /// <summary>One firm's call in flight: whether it gave its slot back and waits for the store.</summary>
    private sealed class ApplyCall(FirmGroup group)
    {
        public FirmGroup Group { get; } = group;

        public bool SlotReleased { get; set; }

        public bool WaitingForStorage { get; set; }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Applying {Count} events to firm {Siren} failed (attempt {Attempt}/{MaxAttempts})")]
    private static partial void LogApplyFailed(ILogger logger, Exception ex, string siren, int count, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning, Message = "Storage or cluster unavailable (firm {Siren}: {Reason}): ingestion paused, calls retried until it is back, nothing dead-lettered")]
    private static partial void LogStorageUnavailable(ILogger logger, Exception ex, string siren, string reason);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Information, Message = "Storage back (last waiting call: firm {Siren}): ingestion resumes")]
    private static partial void LogStorageBack(ILogger logger, string siren);
}
