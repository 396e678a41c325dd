using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Telemetry;
using SignauxFaibles.Ingest.Tests.Support;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>The ingest meter on the real broker: counters move as events are consumed, and the lag gauge reports each owned partition.</summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Kafka")]
public sealed class IngestMetersOnKafkaTests(KafkaFixture kafka)
{
    [Fact]
    public async Task EventsIngested_CountersMove_LagGaugeReportsThePartitionsDrainedToZero()
    {
        var run = Random.Shared.Next(1, 80_000_000);
        var topic = kafka.Topics.For(Domain.Events.EventSchemas.Debit);
        var groupId = $"sf-test-meters-{run}";
        kafka.CommitGroupOffsets(groupId, kafka.EndOffsets(topic));
        const int Valid = 20;
        for (var i = 0; i < Valid; i++)
        {
            await kafka.Producer.Producer.ProduceAsync(topic, EventProducer.ToMessage(TestEvents.Debit(TestEvents.SirenOf(run + i))));
        }

        await kafka.Producer.Producer.ProduceAsync(topic, new Message<string, byte[]> { Key = TestEvents.SirenOf(run), Value = "not json"u8.ToArray() });

        var sink = new RecordingFirmSink();
        await using var ingest = await IngestHost.StartAsync(kafka, groupId, ["urssaf.debit"], sink);
        var stats = ingest.Service.Statistics;
        await Eventually.Until(() => stats.EventsApplied == Valid && stats.DeadLettered == 1, TimeSpan.FromSeconds(60),
            () => $"applied {stats.EventsApplied}/{Valid}, dead-lettered {stats.DeadLettered}/1");

        Assert.Equal(Valid + 1, stats.Messages);
        Assert.True(stats.GrainCalls is > 0 and <= Valid);

        // The gauge is sampled every second on the consumer thread: wait for a sample taken after the last fetch.
        using var lag = new MetricCollector<long>(ingest.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), IngestMetrics.MeterName, "sf.ingest.consumer.lag");
        IReadOnlyList<CollectedMeasurement<long>> sample = [];
        await Eventually.Until(
            () =>
            {
                lag.Clear();
                lag.RecordObservableInstruments();
                sample = [.. lag.GetMeasurementSnapshot().Where(m => Equals(m.Tags["topic"], topic))];
                return sample.Count > 0 && sample.All(m => m.Value == 0);
            },
            TimeSpan.FromSeconds(30),
            () => $"lag per partition of {topic}: {string.Join(", ", sample.Select(m => $"{m.Tags["partition"]}={m.Value}"))}");
    }
}
