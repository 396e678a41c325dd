namespace SignauxFaibles.Silo.Feed;

/// <summary>Counters of the feed, read by the health endpoint. Written by the feed only.</summary>
public sealed class FeedStatus
{
    private long _events;
    private long _batches;
    private long _duplicates;
    private long _alerts;

    public FeedState State { get; internal set; } = FeedState.Idle;

    /// <summary>The last delivery day fed.</summary>
    public DateOnly? LastDay { get; internal set; }

    public long Events => Interlocked.Read(ref _events);

    public long Batches => Interlocked.Read(ref _batches);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long Alerts => Interlocked.Read(ref _alerts);

    internal void Count(int events, int duplicates, int alerts)
    {
        Interlocked.Add(ref _events, events);
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _duplicates, duplicates);
        Interlocked.Add(ref _alerts, alerts);
    }
}
