using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using SignauxFaibles.Ingest.Configuration;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// The consumer's rebalance callbacks (they run on the consumer thread, inside Consume). Assigned
/// partitions start a fresh epoch in the tracker; revoked ones first let the calls in flight finish
/// (up to <see cref="IngestOptions.DrainTimeout"/>) so their offsets are committed before another member
/// takes over; lost ones are forgotten without committing. <see cref="Count"/> lets the poller drop
/// messages taken before a rebalance.
/// </summary>
internal sealed partial class RebalanceHandler(OffsetTracker tracker, FirmBatchDispatcher dispatcher, OffsetCommitter committer, IngestOptions options, ILogger logger)
{
    private readonly TaskCompletionSource assigned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Rebalances seen; touched only on the consumer thread.</summary>
    public int Count { get; private set; }

    /// <summary>Completes when the group first assigned partitions to this consumer.</summary>
    public Task Assigned => assigned.Task;

    /// <summary>Sets the assigned, revoked and lost handlers of <paramref name="builder"/>.</summary>
    public ConsumerBuilder<byte[]?, byte[]?> Attach(ConsumerBuilder<byte[]?, byte[]?> builder) =>
        builder
            .SetPartitionsAssignedHandler((_, partitions) => OnAssigned(partitions))
            .SetPartitionsRevokedHandler((c, partitions) => OnRevoked(c, partitions.Select(p => p.TopicPartition).ToList()))
            .SetPartitionsLostHandler((_, partitions) => OnLost(partitions));

    private void OnAssigned(List<TopicPartition> partitions)
    {
        foreach (var tp in partitions)
        {
            tracker.Assign(tp);
        }

        Count++;
        LogAssigned(logger, partitions.Count, partitions);
        assigned.TrySetResult();
    }

    private void OnRevoked(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartition> partitions)
    {
        // Let the calls on these partitions finish so their offsets can be committed before another member takes over.
        Count++;
        var drained = dispatcher.Drain(options.DrainTimeout);
        var offsets = partitions.Select(tracker.Remove).OfType<TopicPartitionOffset>().ToList();
        committer.Commit(consumer, offsets);
        LogRevoked(logger, partitions.Count, offsets.Count, drained);
    }

    private void OnLost(List<TopicPartitionOffset> partitions)
    {
        // Another member may own them already: committing now could move its offsets backwards.
        foreach (var p in partitions)
        {
            tracker.Remove(p.TopicPartition);
        }

        Count++;
        LogLost(logger, partitions.Count);
    }

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Assigned {Count} partitions: {Partitions}")]
    private static partial void LogAssigned(ILogger logger, int count, IEnumerable<TopicPartition> partitions);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Revoked {Count} partitions, committed {Committed} offsets (all calls finished: {Drained})")]
    private static partial void LogRevoked(ILogger logger, int count, int committed, bool drained);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Warning, Message = "Lost {Count} partitions; their uncommitted messages will be delivered again")]
    private static partial void LogLost(ILogger logger, int count);
}
