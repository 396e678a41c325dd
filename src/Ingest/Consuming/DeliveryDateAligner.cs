using Confluent.Kafka;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Hands the messages of the partitions a consumer owns out in delivery-date order, each partition in its
/// offset order (a k-way merge on <c>data.deliveredOn</c>). A firm's events come from one partition of each
/// source topic; without this, how the client happened to interleave the topics decided which day's data a
/// firm saw first, so a replay after a crash could emit other alert transitions than the first run
/// (docs/durability.md, "Delivery-date order"). With it, and the grain's one decision per delivery date
/// (docs/alerts.md), the alerts are a function of the data, not of fetch timing.
/// </summary>
/// <remarks>
/// A dated message leaves only when no partition can still hand out an earlier date: every other partition
/// either holds a later head, or is idle (at its end, or silent for <see cref="Silence"/>: a partition whose
/// fetch fails must not hold the others forever). A message without a readable date (it will be
/// dead-lettered) leaves at once. A partition holding <see cref="Capacity"/> messages asks to be paused
/// (<see cref="TakePauseChanges"/>) until half of them left, so memory stays bounded. Held messages are not
/// registered with the offset tracker: nothing is committed past them, and after a crash or a revocation they
/// are fetched again. Not thread-safe: the consumer thread owns it.
/// </remarks>
public sealed class DeliveryDateAligner(int capacity, TimeSpan silence, TimeProvider? time = null)
{
    private readonly TimeProvider time = time ?? TimeProvider.System;
    private readonly Dictionary<TopicPartition, PartitionQueue> partitions = [];
    // Partitions whose pause state changed since the last TakePauseChanges.
    private readonly HashSet<TopicPartition> changed = [];

    /// <summary>The messages a partition may hold before it asks to be paused.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "at least one message");

    /// <summary>How long an empty partition that is not at its end may hold the others back.</summary>
    public TimeSpan Silence { get; } = silence;

    /// <summary>Messages held, all partitions together.</summary>
    public int Held { get; private set; }

    /// <summary>Starts holding for a newly assigned partition: until its first message or its end, it holds the others back.</summary>
    public void Assign(TopicPartition partition) => partitions[partition] = new PartitionQueue(partition, time.GetTimestamp());

    /// <summary>Forgets a revoked or lost partition and drops what it held (its next owner fetches it again from the committed offset).</summary>
    public void Revoke(TopicPartition partition)
    {
        if (partitions.Remove(partition, out var queue))
        {
            Held -= queue.Messages.Count;
        }

        changed.Remove(partition);
    }

    /// <summary>Forgets every partition (a rebalance dropped the batch being built).</summary>
    public void Clear()
    {
        partitions.Clear();
        changed.Clear();
        Held = 0;
    }

    /// <summary>Holds a consumed message.</summary>
    public void Add(IngestMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!partitions.TryGetValue(message.TopicPartition, out var queue))
        {
            // The assignment callback normally comes first; tolerate a client that delivers before it.
            partitions[message.TopicPartition] = queue = new PartitionQueue(message.TopicPartition, time.GetTimestamp());
        }

        queue.Messages.Enqueue((message, message.Value is null ? null : DeliveryDate.Read(message.Value)));
        queue.AtEnd = false;
        queue.HeardAt = time.GetTimestamp();
        Held++;
        if (!queue.Paused && queue.Messages.Count >= Capacity)
        {
            queue.Paused = true;
            changed.Add(message.TopicPartition);
        }
    }

    /// <summary>The partition has handed out everything it had (the client's end-of-partition event).</summary>
    public void ReachedEnd(TopicPartition partition)
    {
        if (partitions.TryGetValue(partition, out var queue))
        {
            queue.AtEnd = true;
            queue.HeardAt = time.GetTimestamp();
        }
    }

    /// <summary>
    /// The consumer resumed these partitions after a pause (the store was away): what was at its end may have
    /// received messages meanwhile, which the client did not fetch while paused. Each holds the others back
    /// again until it hands out a message or reports its end anew (the client reports it again after a
    /// resume), or stays silent for <see cref="Silence"/>. Without this, a partition known to be at its end
    /// before a storage outage let later dates of the other partitions go first once the store was back,
    /// and the alerts depended on which partition the client fetched first.
    /// </summary>
    public void Resumed(IEnumerable<TopicPartition> resumed)
    {
        ArgumentNullException.ThrowIfNull(resumed);
        var now = time.GetTimestamp();
        foreach (var partition in resumed)
        {
            if (partitions.TryGetValue(partition, out var queue) && queue.Messages.Count == 0)
            {
                queue.AtEnd = false;
                queue.HeardAt = now;
            }
        }
    }

    /// <summary>True when the partition is known to be at its end with nothing held (it holds nobody back).</summary>
    public bool IsIdle(TopicPartition partition) =>
        partitions.TryGetValue(partition, out var queue) && queue.Messages.Count == 0 && queue.AtEnd;

    /// <summary>
    /// Moves to <paramref name="batch"/>, up to <paramref name="max"/> messages in all, the messages that may
    /// leave: in delivery-date order across partitions, offset order within each.
    /// </summary>
    public void TakeReady(List<IngestMessage> batch, int max)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var now = time.GetTimestamp();
        while (batch.Count < max)
        {
            PartitionQueue? first = null;
            // The earliest dated head among the other partitions: the first one's run may go up to it.
            DateOnly? bound = null;
            var waiting = false;
            foreach (var queue in partitions.Values)
            {
                if (queue.Messages.Count == 0)
                {
                    waiting |= !queue.AtEnd && time.GetElapsedTime(queue.HeardAt, now) < Silence;
                    continue;
                }

                var head = queue.Messages.Peek().Date;
                if (first is null || Earlier(head, first.Messages.Peek().Date))
                {
                    bound = MinDated(bound, first?.Messages.Peek().Date);
                    first = queue;
                }
                else
                {
                    bound = MinDated(bound, head);
                }
            }

            if (first is null || !MayLeave(first.Messages.Peek().Date, waiting, bound))
            {
                return;
            }

            // The earliest partition's run up to the next partition's head leaves in one go.
            do
            {
                batch.Add(first.Messages.Dequeue().Message);
                Held--;
            }
            while (batch.Count < max && first.Messages.Count > 0 && MayLeave(first.Messages.Peek().Date, waiting, bound));

            if (first.Messages.Count == 0)
            {
                // From now on it holds the others back until it hands out more or reports its end.
                first.HeardAt = now;
            }

            if (first.Paused && first.Messages.Count <= Capacity / 2)
            {
                first.Paused = false;
                changed.Add(first.Partition);
            }
        }
    }

    // Undated (a reject) always; dated when no partition may still hand out an earlier date.
    private static bool MayLeave(DateOnly? date, bool waiting, DateOnly? bound) =>
        date is not { } d || (!waiting && (bound is null || d <= bound.Value));

    /// <summary>
    /// The partitions whose pause state changed since the last call, each with the state it must have now:
    /// to pause (holding <see cref="Capacity"/> messages) or to resume. A state, not a difference: pausing a
    /// paused partition or resuming a running one is harmless, whereas cancelling a pause against a later
    /// resume would leave a partition paused for good once someone else (the storage pause) has paused and
    /// resumed the whole assignment in between.
    /// </summary>
    public (IReadOnlyList<TopicPartition> Pause, IReadOnlyList<TopicPartition> Resume) TakePauseChanges()
    {
        if (changed.Count == 0)
        {
            return ([], []); // the common case, on every poll: no allocation
        }

        List<TopicPartition> pause = [];
        List<TopicPartition> resume = [];
        foreach (var partition in changed)
        {
            if (partitions.TryGetValue(partition, out var queue))
            {
                (queue.Paused ? pause : resume).Add(partition);
            }
        }

        changed.Clear();
        return (pause, resume);
    }

    /// <summary>The partitions currently held paused by the aligner (to pause again after a resume of the whole assignment).</summary>
    public IReadOnlyList<TopicPartition> PausedPartitions => [.. partitions.Where(p => p.Value.Paused).Select(p => p.Key)];

    // Undated messages first (they are rejects, in no order); then by date.
    private static bool Earlier(DateOnly? a, DateOnly? b) =>
        a is null ? b is not null : b is not null && a.Value < b.Value;

    private static DateOnly? MinDated(DateOnly? a, DateOnly? b) =>
        a is null ? b : b is null ? a : (a.Value <= b.Value ? a : b);

    private sealed class PartitionQueue(TopicPartition partition, long heardAt)
    {
        public TopicPartition Partition { get; } = partition;

        public Queue<(IngestMessage Message, DateOnly? Date)> Messages { get; } = new();

        public bool AtEnd { get; set; }

        public long HeardAt { get; set; } = heardAt;

        public bool Paused { get; set; }
    }
}
