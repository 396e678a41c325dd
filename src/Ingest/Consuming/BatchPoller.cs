using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Logging;
using SignauxFaibles.Ingest.Configuration;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// The poll loop, on the consumer thread: builds batches of up to <see cref="IngestOptions.MaxBatchSize"/>
/// messages (waiting at most <see cref="IngestOptions.MaxBatchWait"/> after the first), hands each to the
/// <see cref="FirmBatchDispatcher"/>, and stores the offsets that advanced. While the store is away
/// (<see cref="StoragePause"/>) it keeps polling without fetching. Messages taken before a rebalance are
/// dropped: their partition's owner reads them again from the committed offset. With a
/// <see cref="DeliveryDateAligner"/> (the default), consumed messages go through it and batches are made of
/// what it lets out, in delivery-date order across the owned partitions (docs/durability.md).
/// </summary>
internal sealed partial class BatchPoller(
    IngestOptions options,
    FirmBatchDispatcher dispatcher,
    StoragePause pause,
    OffsetCommitter committer,
    RebalanceHandler rebalances,
    DeliveryDateAligner? aligner,
    PartitionLagSampler lag,
    ILogger logger)
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(100);

    // Rebalances seen when the held batch got its first message (consumer thread only).
    private int heldSince;

    // Rebalances seen when the assignment's pause state was last set (consumer thread only).
    private int pauseSyncedAt;

    /// <summary>
    /// Polls and dispatches until <paramref name="stoppingToken"/> is cancelled; <paramref name="callsToken"/>
    /// is handed to the calls themselves.
    /// </summary>
    public void Run(IConsumer<byte[]?, byte[]?> consumer, CancellationToken stoppingToken, CancellationToken callsToken)
    {
        var batch = new List<IngestMessage>(options.MaxBatchSize);
        var storagePaused = false;
        var syncPause = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            lag.Sample(consumer);
            if (syncPause || pauseSyncedAt != rebalances.Count)
            {
                syncPause = !SyncPauseState(consumer);
            }

            if (pause.Follow(consumer))
            {
                // Keep polling (group membership, rebalances) without fetching, until the store is back.
                storagePaused = true;
                if (aligner is null)
                {
                    HoldWhilePaused(consumer, batch);
                }
                else
                {
                    Feed(consumer, IdlePoll);
                }

                committer.StoreAdvanced(consumer);
                continue;
            }

            if (storagePaused)
            {
                // The store is back: every assigned partition resumes, but those the merge holds full. Done again
                // once the group assigned partitions if a rebalance left none assigned right now.
                syncPause = !SyncPauseState(consumer);
            }

            storagePaused = false;

            // Messages held while paused go first, before a poll could run a rebalance under them.
            if (batch.Count == 0)
            {
                if (aligner is null)
                {
                    Poll(consumer, batch, stoppingToken);
                }
                else
                {
                    PollAligned(consumer, aligner, batch, stoppingToken);
                }
            }

            if (batch.Count > 0)
            {
                dispatcher.Dispatch(batch, callsToken);
                batch.Clear();
            }

            committer.StoreAdvanced(consumer);
        }
    }

    /// <summary>
    /// Gives every assigned partition the pause state it must have now: paused while the store is away,
    /// otherwise running but for those the merge holds full. The client keeps a partition's pause across a
    /// revocation and a new assignment of the same partition, so a partition paused for the store, revoked
    /// by a rebalance before the store came back and assigned again afterwards, stayed paused for good: no
    /// message, no end-of-partition event, nothing pending, health "consuming" (seen in the fault test).
    /// Returns false when nothing is assigned yet (between a revocation and the next assignment): to be
    /// done again.
    /// </summary>
    private bool SyncPauseState(IConsumer<byte[]?, byte[]?> consumer)
    {
        var assignment = consumer.Assignment;
        pauseSyncedAt = rebalances.Count;
        if (assignment.Count == 0)
        {
            return false;
        }

        if (pause.Paused)
        {
            consumer.Pause(assignment);
            return true;
        }

        consumer.Resume(assignment);
        if (aligner is not null)
        {
            aligner.Resumed(assignment);
            var full = aligner.PausedPartitions.Where(assignment.Contains).ToList();
            if (full.Count > 0)
            {
                consumer.Pause(full);
            }
        }

        return true;
    }

    private void Poll(IConsumer<byte[]?, byte[]?> consumer, List<IngestMessage> batch, CancellationToken stoppingToken)
    {
        var first = ConsumeOne(consumer, IdlePoll);
        // A message returned by the call that ran a rebalance callback already belongs to the new assignment.
        var seen = rebalances.Count;
        if (first is null)
        {
            return;
        }

        batch.Add(IngestMessage.From(first));
        var deadline = Environment.TickCount64 + (long)options.MaxBatchWait.TotalMilliseconds;
        while (batch.Count < options.MaxBatchSize && !stoppingToken.IsCancellationRequested)
        {
            var remaining = deadline - Environment.TickCount64;
            var next = ConsumeOne(consumer, remaining > 0 ? TimeSpan.FromMilliseconds(Math.Min(remaining, 10)) : TimeSpan.Zero);
            if (rebalances.Count != seen)
            {
                // Messages taken before a rebalance (not the one this call returned) are fetched again from the
                // committed offsets by whoever owns their partition now (maybe us): drop them rather than apply
                // them twice out of order.
                batch.Clear();
                seen = rebalances.Count;
            }

            if (next is null)
            {
                if (remaining <= 0)
                {
                    return;
                }

                continue;
            }

            batch.Add(IngestMessage.From(next));
        }
    }

    /// <summary>
    /// Fills <paramref name="batch"/> with what the <paramref name="merge"/> lets out, consuming into it for
    /// at most <see cref="IngestOptions.MaxBatchWait"/> once something is ready (<see cref="IdlePoll"/> while
    /// nothing is), and follows its pause requests.
    /// </summary>
    private void PollAligned(IConsumer<byte[]?, byte[]?> consumer, DeliveryDateAligner merge, List<IngestMessage> batch, CancellationToken stoppingToken)
    {
        var seen = rebalances.Count;
        var deadline = Environment.TickCount64 + (long)IdlePoll.TotalMilliseconds;
        var filling = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            merge.TakeReady(batch, options.MaxBatchSize);
            if (batch.Count >= options.MaxBatchSize)
            {
                break;
            }

            if (batch.Count > 0 && !filling)
            {
                filling = true;
                deadline = Math.Min(deadline, Environment.TickCount64 + (long)options.MaxBatchWait.TotalMilliseconds);
            }

            var remaining = deadline - Environment.TickCount64;
            if (remaining <= 0)
            {
                break;
            }

            Feed(consumer, TimeSpan.FromMilliseconds(Math.Min(remaining, 10)));
            if (rebalances.Count != seen)
            {
                // The revocation dropped what the merge held for the partitions; what was let out goes too
                // (fetched again from the committed offsets, as without the merge).
                batch.Clear();
                seen = rebalances.Count;
            }
        }

        var (toPause, toResume) = merge.TakePauseChanges();
        if (toPause.Count > 0)
        {
            consumer.Pause(toPause);
        }

        if (toResume.Count > 0)
        {
            consumer.Resume(toResume);
        }
    }

    /// <summary>One consume into the merge: a message, or the end of a partition.</summary>
    private void Feed(IConsumer<byte[]?, byte[]?> consumer, TimeSpan timeout)
    {
        var result = ConsumeOne(consumer, timeout);
        if (result is null)
        {
            return;
        }

        if (result.IsPartitionEOF)
        {
            aligner!.ReachedEnd(result.TopicPartition);
        }
        else
        {
            aligner!.Add(IngestMessage.From(result));
        }
    }

    /// <summary>
    /// One poll while paused. A message fetched before the pause took effect is kept for the next batch
    /// (dropping it could let a later offset of its partition be committed past it), unless a rebalance
    /// happened since, in which case its partition's owner reads it again from the committed offset.
    /// </summary>
    private void HoldWhilePaused(IConsumer<byte[]?, byte[]?> consumer, List<IngestMessage> held)
    {
        var before = rebalances.Count;
        var result = ConsumeOne(consumer, IdlePoll);
        if (rebalances.Count != before || (held.Count > 0 && rebalances.Count != heldSince))
        {
            held.Clear();
        }

        if (result is not null)
        {
            if (held.Count == 0)
            {
                heldSince = rebalances.Count;
            }

            held.Add(IngestMessage.From(result));
        }
    }

    private ConsumeResult<byte[]?, byte[]?>? ConsumeOne(IConsumer<byte[]?, byte[]?> consumer, TimeSpan timeout)
    {
        try
        {
            return consumer.Consume(timeout);
        }
        catch (ConsumeException ex) when (!ex.Error.IsFatal)
        {
            // E.g. a subscribed topic that does not exist yet: report it and keep consuming the others.
            LogConsumeError(logger, ex.Error.Code, ex.Error.Reason);
            return null;
        }
    }

    [LoggerMessage(EventId = 5208, Level = LogLevel.Warning, Message = "Consume error {Code}: {Reason}")]
    private static partial void LogConsumeError(ILogger logger, ErrorCode code, string reason);
}
