using Confluent.Kafka;
using SignauxFaibles.Contracts;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Tests.Support;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>
/// A storage outage against the real broker: the consumer pauses while calls wait for the store, and once
/// the store is back it consumes every partition to its end again and commits it, nothing dead-lettered. A
/// small merge capacity and small batches make the delivery-date merge pause and resume partitions of its
/// own around the storage pause (docs/durability.md, "Storage outage").
/// </summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Kafka")]
public class StorageOutageOnKafkaTests(KafkaFixture kafka)
{
    private const int Messages = 400;

    [Fact]
    public async Task AfterAStorageOutage_EveryPartitionIsConsumedToItsEnd_AndCommitted()
    {
        var run = Random.Shared.Next(1, 80_000_000);
        var topic = kafka.Topics.For(Domain.Events.EventSchemas.Debit);
        var groupId = $"sf-test-outage-{run}";
        var start = kafka.EndOffsets(topic);
        kafka.CommitGroupOffsets(groupId, start);
        var partitions = start.Select(s => s.TopicPartition).ToList();
        var sirens = Enumerable.Range(run, Messages).Select(TestEvents.SirenOf).ToList();
        for (var i = 0; i < sirens.Count; i++)
        {
            // Most on one partition, so the merge fills it past its capacity during the outage; a few elsewhere.
            var partition = partitions[i % 10 == 0 ? (i / 10) % partitions.Count : 0];
            kafka.Producer.Producer.Produce(partition, EventProducer.ToMessage(TestEvents.Debit(sirens[i])));
        }

        kafka.Producer.Producer.Flush(TimeSpan.FromSeconds(30));
        var end = kafka.EndOffsets(topic);

        var down = 1;
        var sink = new RecordingFirmSink((_, _, _) => Volatile.Read(ref down) == 1
            ? Task.FromException(new StateNotPersistedException("injected: store down"))
            : Task.CompletedTask);
        var settings = new Dictionary<string, string?>
        {
            ["Kafka:Ingest:AlignmentCapacity"] = "8",
            ["Kafka:Ingest:MaxBatchSize"] = "4",
            ["Kafka:Ingest:MaxInFlightCalls"] = "4",
            ["Kafka:Ingest:StorageRetryMaxDelay"] = "00:00:00.050",
            ["Kafka:Ingest:AlignmentSilence"] = "00:00:01",
        };
        await using var ingest = await IngestHost.StartAsync(kafka, groupId, ["urssaf.debit"], sink, settings);

        await Eventually.Until(() => ingest.Service.Paused && ingest.Service.Statistics.StorageRetries >= 40,
            TimeSpan.FromSeconds(30), () => $"the ingest did not pause for the store (paused {ingest.Service.Paused}, retries {ingest.Service.Statistics.StorageRetries})", TimeSpan.FromMilliseconds(20));
        Volatile.Write(ref down, 0);

        await Eventually.Until(() => sink.Calls.Select(c => c.Siren).Distinct().Count() == Messages,
            TimeSpan.FromSeconds(60),
            () => $"{sink.Calls.Select(c => c.Siren).Distinct().Count()} of {Messages} firms applied after the outage (paused {ingest.Service.Paused}, lag {string.Join(", ", ingest.Service.Lag().Select(l => $"{l.Partition}:{l.Messages}"))})",
            TimeSpan.FromMilliseconds(50));
        await Eventually.Until(() => kafka.Committed(groupId, partitions).Sum(o => o.Offset.Value) == end.Sum(o => o.Offset.Value),
            TimeSpan.FromSeconds(30), () => "the offsets were not committed to the end after the outage", TimeSpan.FromMilliseconds(100));

        Assert.False(ingest.Service.Paused);
        Assert.Equal(0, ingest.Service.Statistics.DeadLettered);
    }
}
