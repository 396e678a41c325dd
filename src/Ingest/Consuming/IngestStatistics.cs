using System.Diagnostics.Metrics;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Totals of one ingest's meter (<see cref="IngestMetrics"/>) since start, for the health endpoint, the
/// stop log line, tests and benchmarks. A view, not a second source of truth: a listener on that meter
/// instance only adds up what its counters record.
/// </summary>
public sealed class IngestStatistics : IDisposable
{
    private readonly MeterListener listener = new();
    private long messages;
    private long eventsApplied;
    private long grainCalls;
    private long deadLettered;
    private long applyFailures;
    private long backpressureWaits;
    private long storageRetries;

    internal IngestStatistics(IngestMetrics metrics)
    {
        var meter = metrics.Meter;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter) && instrument is Counter<long>)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>(OnMeasurement);
        listener.Start();
    }

    public long Messages => Interlocked.Read(ref messages);

    public long EventsApplied => Interlocked.Read(ref eventsApplied);

    public long GrainCalls => Interlocked.Read(ref grainCalls);

    public long DeadLettered => Interlocked.Read(ref deadLettered);

    /// <summary>Failed grain call attempts: every retry, and each call that failed its last attempt.</summary>
    public long ApplyFailures => Interlocked.Read(ref applyFailures);

    /// <summary>Times the consumer thread waited for a free in-flight slot.</summary>
    public long BackpressureWaits => Interlocked.Read(ref backpressureWaits);

    /// <summary>Attempts retried because the store or the cluster was unavailable (never dead-lettered).</summary>
    public long StorageRetries => Interlocked.Read(ref storageRetries);

    public void Dispose() => listener.Dispose();

    public override string ToString() =>
        $"messages {Messages}, applied {EventsApplied} in {GrainCalls} calls, dead-lettered {DeadLettered}, apply failures {ApplyFailures}, backpressure waits {BackpressureWaits}, storage retries {StorageRetries}";

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        switch (instrument.Name)
        {
            case IngestMetrics.MessagesConsumed:
                Interlocked.Add(ref messages, value);
                break;
            case IngestMetrics.EventsApplied:
                Interlocked.Add(ref eventsApplied, value);
                break;
            case IngestMetrics.GrainCalls:
                Interlocked.Add(ref grainCalls, value);
                break;
            case IngestMetrics.DeadLetters:
                Interlocked.Add(ref deadLettered, value);
                break;
            case IngestMetrics.ApplyFailedCalls:
                Interlocked.Add(ref applyFailures, value);
                break;
            case IngestMetrics.ApplyRetries:
                Interlocked.Add(ref applyFailures, value);
                if (IsStorage(tags))
                {
                    Interlocked.Add(ref storageRetries, value);
                }

                break;
            case IngestMetrics.BackpressureWaits:
                Interlocked.Add(ref backpressureWaits, value);
                break;
        }
    }

    private static bool IsStorage(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "kind")
            {
                return Equals(tag.Value, IngestMetrics.StorageRetry);
            }
        }

        return false;
    }
}
