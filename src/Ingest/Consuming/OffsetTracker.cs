using Confluent.Kafka;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Per-partition contiguous watermarks of the ingest. The consumer thread registers every consumed offset
/// (valid or not); grain calls and dead-letter deliveries complete them from any thread; the consumer
/// thread then stores the watermarks that moved. Offsets are only ever stored up to the first message
/// that is not done, whatever order calls finish in.
/// </summary>
public sealed class OffsetTracker(TimeProvider? time = null)
{
    private readonly TimeProvider time = time ?? TimeProvider.System;
    private readonly Lock gate = new();
    private readonly Dictionary<TopicPartition, PartitionWatermark> partitions = [];
    private int lastEpoch;

    /// <summary>Starts tracking a newly assigned partition (a fresh epoch: older completions are ignored).</summary>
    public void Assign(TopicPartition partition)
    {
        lock (gate)
        {
            partitions[partition] = new PartitionWatermark(++lastEpoch);
        }
    }

    /// <summary>Stops tracking a partition; returns the offset to commit for it, if any message was done.</summary>
    public TopicPartitionOffset? Remove(TopicPartition partition)
    {
        lock (gate)
        {
            if (!partitions.Remove(partition, out var p))
            {
                return null;
            }

            return p.Watermark is { } w ? new TopicPartitionOffset(partition, new Offset(w)) : null;
        }
    }

    /// <summary>
    /// Registers a consumed offset; returns null when it is not after the last one registered for the
    /// partition (a message delivered twice within one assignment), which the caller then skips.
    /// </summary>
    public PendingOffset? Register(TopicPartition partition, long offset)
    {
        lock (gate)
        {
            if (!partitions.TryGetValue(partition, out var p))
            {
                // The assignment callback normally comes first; tolerate a client that delivers before it.
                p = partitions[partition] = new PartitionWatermark(++lastEpoch);
            }

            var idle = p.Pending == 0;
            if (!p.Register(offset))
            {
                return null;
            }

            if (idle)
            {
                p.LastProgress = time.GetTimestamp();
            }

            return new PendingOffset(partition, offset, p.Epoch);
        }
    }

    public void Complete(PendingOffset pending)
    {
        lock (gate)
        {
            if (partitions.TryGetValue(pending.TopicPartition, out var p) && p.Epoch == pending.Epoch)
            {
                if (p.Complete(pending.Offset))
                {
                    p.LastProgress = time.GetTimestamp();
                }
            }
        }
    }

    /// <summary>The watermarks that moved since the last call (to be stored on the consumer).</summary>
    public IReadOnlyList<TopicPartitionOffset> TakeAdvanced()
    {
        lock (gate)
        {
            List<TopicPartitionOffset>? moved = null;
            foreach (var (tp, p) in partitions)
            {
                if (p.Watermark is { } w && p.Taken != w)
                {
                    p.Taken = w;
                    (moved ??= []).Add(new TopicPartitionOffset(tp, new Offset(w)));
                }
            }

            return moved ?? (IReadOnlyList<TopicPartitionOffset>)[];
        }
    }

    /// <summary>The offset to commit for a partition now, or null.</summary>
    public long? Watermark(TopicPartition partition)
    {
        lock (gate)
        {
            return partitions.TryGetValue(partition, out var p) ? p.Watermark : null;
        }
    }

    /// <summary>
    /// Partitions that cannot advance: messages are pending on them and their watermark has not moved for
    /// <paramref name="after"/> (a message whose processing or dead letter keeps failing holds every offset
    /// behind it). Readiness turns false on them.
    /// </summary>
    public IReadOnlyList<TopicPartition> Stalled(TimeSpan after)
    {
        lock (gate)
        {
            List<TopicPartition>? stalled = null;
            foreach (var (tp, p) in partitions)
            {
                if (p.Pending > 0 && time.GetElapsedTime(p.LastProgress) >= after)
                {
                    (stalled ??= []).Add(tp);
                }
            }

            return stalled ?? (IReadOnlyList<TopicPartition>)[];
        }
    }

    /// <summary>Messages handed out and not yet done, over all partitions.</summary>
    public int Pending
    {
        get
        {
            lock (gate)
            {
                return partitions.Values.Sum(p => p.Pending);
            }
        }
    }
}
