using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Backpressure on a storage outage: while the dispatcher has calls waiting for the store, the consumer
/// pauses every assigned partition and keeps calling Consume, so it stays in its group (no
/// max.poll.interval eviction) without fetching more; it resumes by itself once every waiting call went
/// through. Offsets never move past a call that has not persisted, whatever the outage's length.
/// </summary>
public sealed partial class IngestConsumerService
{
    private bool paused;
    // Rebalances seen when the held batch got its first message (consumer thread only).
    private int heldSince;

    /// <summary>True while the ingest is paused for the store.</summary>
    public bool Paused => Volatile.Read(ref paused);

    /// <summary>Pauses or resumes the assignment to follow the dispatcher's storage state; returns whether paused now.</summary>
    private bool PausedForStorage(IConsumer<byte[]?, byte[]?> consumer)
    {
        var unavailable = dispatcher.StorageUnavailable;
        if (unavailable)
        {
            // Every round: partitions assigned by a rebalance during the outage start unpaused.
            consumer.Pause(consumer.Assignment);
            if (!paused)
            {
                Volatile.Write(ref paused, true);
                LogPaused(logger, consumer.Assignment.Count, dispatcher.WaitingForStorage);
            }
        }
        else if (paused)
        {
            consumer.Resume(consumer.Assignment);
            Volatile.Write(ref paused, false);
            LogResumed(logger, consumer.Assignment.Count);
        }

        return paused;
    }

    /// <summary>
    /// One poll while paused. A message fetched before the pause took effect is kept for the next batch
    /// (dropping it could let a later offset of its partition be committed past it), unless a rebalance
    /// happened since, in which case its partition's owner reads it again from the committed offset.
    /// </summary>
    private void HoldWhilePaused(IConsumer<byte[]?, byte[]?> consumer, List<IngestMessage> held)
    {
        var before = rebalances;
        var result = ConsumeOne(consumer, TimeSpan.FromMilliseconds(100));
        if (rebalances != before || (held.Count > 0 && rebalances != heldSince))
        {
            held.Clear();
        }

        if (result is not null)
        {
            if (held.Count == 0)
            {
                heldSince = rebalances;
            }

            held.Add(IngestMessage.From(result));
        }
    }

    [LoggerMessage(EventId = 5212, Level = LogLevel.Warning, Message = "Ingest paused on {Partitions} partitions: {Waiting} call(s) wait for the store; health degraded until it is back")]
    private static partial void LogPaused(ILogger logger, int partitions, int waiting);

    [LoggerMessage(EventId = 5213, Level = LogLevel.Information, Message = "Ingest resumed on {Partitions} partitions: the store is back")]
    private static partial void LogResumed(ILogger logger, int partitions);
}
