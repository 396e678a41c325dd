using System.Diagnostics.Metrics;
using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Ingest.Telemetry;

/// <summary>
/// The ingest's meter, <see cref="MeterName"/>: what was consumed, applied and dead-lettered, how long the
/// grain calls (whose acknowledgement includes the state write) took, the retries, and per partition the
/// lag, whether it is paused and whether it is stuck. One per container (created through
/// <see cref="IMeterFactory"/>). Tags never carry a SIREN: their values are topics, partitions, reason codes and kinds.
/// The metric names and the alerts an operator sets on them are listed in docs/operations.md.
/// </summary>
public sealed class IngestMetrics : IDisposable
{
    public const string MeterName = "SignauxFaibles.Ingest";

    /// <summary>Kind tag of a retried call: the store or the cluster was away (retried without limit).</summary>
    public const string StorageRetry = "storage";

    /// <summary>Kind tag of a retried call: a failure that may come from the events (bounded).</summary>
    public const string EventRetry = "event";

    // Counter names, read back by IngestStatistics.
    public const string MessagesConsumed = "sf.ingest.messages.consumed";

    public const string EventsApplied = "sf.ingest.events.applied";

    public const string GrainCalls = "sf.ingest.grain.calls";

    public const string DeadLetters = "sf.ingest.dead_letters";

    public const string ApplyRetries = "sf.ingest.apply.retries";

    public const string ApplyFailedCalls = "sf.ingest.apply.failed";

    public const string BackpressureWaits = "sf.ingest.backpressure.waits";

    private readonly Counter<long> consumed;
    private readonly Histogram<int> batchSize;
    private readonly Counter<long> applied;
    private readonly Counter<long> grainCalls;
    private readonly Histogram<double> applyDuration;
    private readonly Counter<long> deadLetters;
    private readonly Counter<long> retries;
    private readonly Counter<long> applyFailed;
    private readonly Counter<long> backpressureWaits;
    private IIngestPartitionState? partitions;

    public IngestMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(MeterName);
        consumed = Meter.CreateCounter<long>(MessagesConsumed, "{message}", "Messages taken from the source topics, by topic");
        batchSize = Meter.CreateHistogram<int>("sf.ingest.batch.size", "{message}", "Messages per poll batch handed to the dispatcher",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 10, 50, 100, 250, 500, 1000, 2000, 5000] });
        applied = Meter.CreateCounter<long>(EventsApplied, "{event}", "Events acknowledged by their firm grain (state written)");
        grainCalls = Meter.CreateCounter<long>(GrainCalls, "{call}", "Firm grain calls acknowledged (one per firm per batch)");
        applyDuration = Meter.CreateHistogram<double>("sf.ingest.apply.duration", "s",
            "Time from a firm's grain call to its acknowledgement, which includes the storage write, retries included",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        deadLetters = Meter.CreateCounter<long>(DeadLetters, "{message}", "Dead letters acknowledged by the dead-letter topic, by reason code");
        retries = Meter.CreateCounter<long>(ApplyRetries, "{retry}", "Grain calls retried, by kind (storage: store or cluster away; event: may be the events')");
        applyFailed = Meter.CreateCounter<long>(ApplyFailedCalls, "{call}", "Grain calls that failed every attempt (their events dead-lettered as apply_failed)");
        backpressureWaits = Meter.CreateCounter<long>(BackpressureWaits, "{wait}", "Times the consumer thread waited for a free in-flight slot");
        Meter.CreateObservableGauge("sf.ingest.consumer.lag", ObserveLag, "{message}", "Messages behind the partition's end, per partition assigned to this consumer");
        Meter.CreateObservableGauge("sf.ingest.partitions.paused", () => partitions?.PausedPartitions ?? 0, "{partition}", "Partitions paused because the store is unavailable");
        Meter.CreateObservableGauge("sf.ingest.partitions.stuck", () => partitions?.StalledPartitions.Count ?? 0, "{partition}", "Partitions that cannot advance (oldest pending message undone for Kafka:Ingest:StallAfter)");
        Statistics = new IngestStatistics(this);
    }

    public Meter Meter { get; }

    /// <summary>Totals of this meter's counters since start (the health endpoint's view: the counts exist once, here).</summary>
    public IngestStatistics Statistics { get; }

    /// <summary>Gives the observable gauges their source: the consumer that owns the partitions.</summary>
    public void Observe(IIngestPartitionState state) => Volatile.Write(ref partitions, state);

    public void Consumed(string topic, int messages) => consumed.Add(messages, new KeyValuePair<string, object?>("topic", topic));

    public void Batch(int messages) => batchSize.Record(messages);

    /// <summary>A firm's call acknowledged: its events, and how long since it was first issued.</summary>
    public void Applied(int events, TimeSpan elapsed)
    {
        applied.Add(events);
        grainCalls.Add(1);
        applyDuration.Record(elapsed.TotalSeconds);
    }

    public void DeadLettered(string reason) => deadLetters.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>One retry of a grain call: <see cref="StorageRetry"/> or <see cref="EventRetry"/>.</summary>
    public void Retried(string kind) => retries.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void ApplyFailed() => applyFailed.Add(1);

    public void BackpressureWait() => backpressureWaits.Add(1);

    public void Dispose() => Statistics.Dispose();

    private IEnumerable<Measurement<long>> ObserveLag()
    {
        if (Volatile.Read(ref partitions) is not { } state)
        {
            return [];
        }

        return state.Lag().Select(l => new Measurement<long>(l.Messages,
            new KeyValuePair<string, object?>("topic", l.Topic),
            new KeyValuePair<string, object?>("partition", l.Partition)));
    }
}
