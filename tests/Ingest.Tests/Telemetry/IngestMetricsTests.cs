using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Tests.Telemetry;

public sealed class IngestMetricsTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().AddSingleton<IngestMetrics>().BuildServiceProvider();

    private IMeterFactory Factory => services.GetRequiredService<IMeterFactory>();

    private IngestMetrics Metrics => services.GetRequiredService<IngestMetrics>();

    public void Dispose() => services.Dispose();

    [Fact]
    public void Consumed_ByTopic_CountsMessagesPerTopic()
    {
        using var collector = new MetricCollector<long>(Factory, IngestMetrics.MeterName, IngestMetrics.MessagesConsumed);

        Metrics.Consumed("sf.urssaf.debit", 3);
        Metrics.Consumed("sf.sirene.ul", 2);
        Metrics.Consumed("sf.urssaf.debit", 4);

        var byTopic = collector.GetMeasurementSnapshot().GroupBy(m => (string)m.Tags["topic"]!).ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.Equal(7, byTopic["sf.urssaf.debit"]);
        Assert.Equal(2, byTopic["sf.sirene.ul"]);
    }

    [Fact]
    public void Applied_RecordsEventsCallsAndDurationInSeconds()
    {
        using var events = new MetricCollector<long>(Factory, IngestMetrics.MeterName, IngestMetrics.EventsApplied);
        using var calls = new MetricCollector<long>(Factory, IngestMetrics.MeterName, IngestMetrics.GrainCalls);
        using var duration = new MetricCollector<double>(Factory, IngestMetrics.MeterName, "sf.ingest.apply.duration");

        Metrics.Applied(5, TimeSpan.FromMilliseconds(250));
        Metrics.Applied(1, TimeSpan.FromSeconds(2));

        Assert.Equal(6, events.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal(2, calls.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal([0.25, 2.0], duration.GetMeasurementSnapshot().Select(m => m.Value));
    }

    [Fact]
    public void DeadLetteredAndRetried_CarryReasonAndKind()
    {
        using var letters = new MetricCollector<long>(Factory, IngestMetrics.MeterName, IngestMetrics.DeadLetters);
        using var retries = new MetricCollector<long>(Factory, IngestMetrics.MeterName, IngestMetrics.ApplyRetries);

        Metrics.DeadLettered("invalid_json");
        Metrics.DeadLettered("message_too_large");
        Metrics.Retried(IngestMetrics.StorageRetry);
        Metrics.Retried(IngestMetrics.StorageRetry);
        Metrics.Retried(IngestMetrics.EventRetry);

        Assert.Equal(["invalid_json", "message_too_large"], letters.GetMeasurementSnapshot().Select(m => (string)m.Tags["reason"]!));
        Assert.Equal(2, retries.GetMeasurementSnapshot().Count(m => m.ContainsTags(new KeyValuePair<string, object?>("kind", "storage"))));
        Assert.Equal(1, retries.GetMeasurementSnapshot().Count(m => m.ContainsTags(new KeyValuePair<string, object?>("kind", "event"))));
    }

    [Fact]
    public void Batch_RecordsSizesInAHistogram()
    {
        using var collector = new MetricCollector<int>(Factory, IngestMetrics.MeterName, "sf.ingest.batch.size");

        Metrics.Batch(2000);
        Metrics.Batch(17);

        Assert.Equal([2000, 17], collector.GetMeasurementSnapshot().Select(m => m.Value));
    }

    [Fact]
    public void ObservableGauges_ReadTheObservedConsumer_NothingBefore()
    {
        var metrics = Metrics;
        using var lag = new MetricCollector<long>(Factory, IngestMetrics.MeterName, "sf.ingest.consumer.lag");
        using var paused = new MetricCollector<int>(Factory, IngestMetrics.MeterName, "sf.ingest.partitions.paused");
        using var stuck = new MetricCollector<int>(Factory, IngestMetrics.MeterName, "sf.ingest.partitions.stuck");

        lag.RecordObservableInstruments();
        Assert.Empty(lag.GetMeasurementSnapshot());

        metrics.Observe(new FixedPartitionState());
        lag.RecordObservableInstruments();
        paused.RecordObservableInstruments();
        stuck.RecordObservableInstruments();

        var last = lag.GetMeasurementSnapshot().ToDictionary(m => ((string)m.Tags["topic"]!, (int)m.Tags["partition"]!), m => m.Value);
        Assert.Equal(120, last[("sf.urssaf.debit", 0)]);
        Assert.Equal(0, last[("sf.urssaf.debit", 1)]);
        Assert.Equal(2, paused.LastMeasurement!.Value);
        Assert.Equal(1, stuck.LastMeasurement!.Value);
    }

    [Fact]
    public void Statistics_AreTheMeterCountersTotals_OfThisMeterOnly()
    {
        var other = Support.TestMetrics.Create();
        Metrics.Consumed("a", 10);
        Metrics.Applied(7, TimeSpan.FromMilliseconds(1));
        Metrics.DeadLettered("invalid_json");
        Metrics.Retried(IngestMetrics.StorageRetry);
        Metrics.Retried(IngestMetrics.EventRetry);
        Metrics.ApplyFailed();
        Metrics.BackpressureWait();
        other.Consumed("a", 1000);

        var s = Metrics.Statistics;
        Assert.Equal((10L, 7L, 1L, 1L), (s.Messages, s.EventsApplied, s.GrainCalls, s.DeadLettered));
        Assert.Equal((3L, 1L, 1L), (s.ApplyFailures, s.StorageRetries, s.BackpressureWaits));
        Assert.Equal(1000, other.Statistics.Messages);
    }

    private sealed class FixedPartitionState : IIngestPartitionState
    {
        public int PausedPartitions => 2;

        public IReadOnlyList<string> StalledPartitions => ["sf.urssaf.debit/0"];

        public IReadOnlyList<PartitionLag> Lag() => [new("sf.urssaf.debit", 0, 120), new("sf.urssaf.debit", 1, 0)];
    }
}
