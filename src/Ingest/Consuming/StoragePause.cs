using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Backpressure on a storage outage: while the dispatcher has calls waiting for the store, the consumer
/// pauses every assigned partition and keeps calling Consume (see <see cref="BatchPoller"/>), so it stays
/// in its group (no max.poll.interval eviction) without fetching more; it resumes by itself once every
/// waiting call went through. Offsets never move past a call that has not persisted, whatever the
/// outage's length.
/// </summary>
internal sealed partial class StoragePause(FirmBatchDispatcher dispatcher, ILogger logger)
{
    private bool paused;

    /// <summary>True while the ingest is paused for the store.</summary>
    public bool Paused => Volatile.Read(ref paused);

    /// <summary>Pauses or resumes the assignment to follow the dispatcher's storage state; returns whether paused now.</summary>
    public bool Follow(IConsumer<byte[]?, byte[]?> consumer)
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

    [LoggerMessage(EventId = 5212, Level = LogLevel.Warning, Message = "Ingest paused on {Partitions} partitions: {Waiting} call(s) wait for the store; health degraded until it is back")]
    private static partial void LogPaused(ILogger logger, int partitions, int waiting);

    [LoggerMessage(EventId = 5213, Level = LogLevel.Information, Message = "Ingest resumed on {Partitions} partitions: the store is back")]
    private static partial void LogResumed(ILogger logger, int partitions);
}
