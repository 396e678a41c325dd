namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// The offsets of one partition that were handed out, in consumption order, and which of them are done.
/// The watermark is the offset to commit: one past the last offset of the contiguous done prefix, so
/// committing it never skips a message that is still in flight. Not thread-safe (see <see cref="OffsetTracker"/>).
/// </summary>
internal sealed class PartitionWatermark(int epoch)
{
    private readonly List<long> offsets = [];
    private readonly List<bool> done = [];
    private int head;

    public int Epoch { get; } = epoch;

    /// <summary>Next offset to commit, or null while no message of this assignment is done.</summary>
    public long? Watermark { get; private set; }

    /// <summary>The watermark last handed to the consumer for storing.</summary>
    public long? Taken { get; set; }

    public int Pending => offsets.Count - head;

    /// <summary>
    /// When this partition last made progress (the watermark moved, or work arrived while none was
    /// pending), in <see cref="TimeProvider.GetTimestamp"/> units.
    /// </summary>
    public long LastProgress { get; set; }

    /// <summary>Registers the next consumed offset. Offsets arrive increasing; anything else is refused.</summary>
    public bool Register(long offset)
    {
        if (offsets.Count > 0 && offset <= offsets[^1])
        {
            return false;
        }

        if (offsets.Count == head && Watermark is { } w && offset < w)
        {
            return false;
        }

        offsets.Add(offset);
        done.Add(false);
        return true;
    }

    /// <summary>Marks an offset done; returns whether the watermark moved.</summary>
    public bool Complete(long offset)
    {
        var index = offsets.BinarySearch(head, offsets.Count - head, offset, null);
        if (index < 0 || done[index])
        {
            return false;
        }

        done[index] = true;
        var moved = false;
        while (head < offsets.Count && done[head])
        {
            Watermark = offsets[head] + 1;
            head++;
            moved = true;
        }

        if (head > 4096 && head * 2 > offsets.Count)
        {
            offsets.RemoveRange(0, head);
            done.RemoveRange(0, head);
            head = 0;
        }

        return moved;
    }
}
