namespace SignauxFaibles.Ingest.Consuming;

/// <summary>Counters of one ingest consumer, updated lock-free; read them for health checks, tests and benchmarks.</summary>
public sealed class IngestStatistics
{
    private long messages;
    private long eventsApplied;
    private long grainCalls;
    private long deadLettered;
    private long applyFailures;
    private long backpressureWaits;
    private long storageRetries;

    public long Messages => Interlocked.Read(ref messages);

    public long EventsApplied => Interlocked.Read(ref eventsApplied);

    public long GrainCalls => Interlocked.Read(ref grainCalls);

    public long DeadLettered => Interlocked.Read(ref deadLettered);

    /// <summary>Failed grain calls (each retried, then dead-lettered once attempts are exhausted).</summary>
    public long ApplyFailures => Interlocked.Read(ref applyFailures);

    /// <summary>Times the consumer thread waited for a free in-flight slot.</summary>
    public long BackpressureWaits => Interlocked.Read(ref backpressureWaits);

    /// <summary>Attempts retried because the store or the cluster was unavailable (never dead-lettered).</summary>
    public long StorageRetries => Interlocked.Read(ref storageRetries);

    internal void AddStorageRetry() => Interlocked.Increment(ref storageRetries);

    internal void AddMessages(int n) => Interlocked.Add(ref messages, n);

    internal void AddApplied(int events)
    {
        Interlocked.Add(ref eventsApplied, events);
        Interlocked.Increment(ref grainCalls);
    }

    internal void AddDeadLettered() => Interlocked.Increment(ref deadLettered);

    internal void AddApplyFailure() => Interlocked.Increment(ref applyFailures);

    internal void AddBackpressureWait() => Interlocked.Increment(ref backpressureWaits);

    public override string ToString() =>
        $"messages {Messages}, applied {EventsApplied} in {GrainCalls} calls, dead-lettered {DeadLettered}, apply failures {ApplyFailures}, backpressure waits {BackpressureWaits}, storage retries {StorageRetries}";
}
