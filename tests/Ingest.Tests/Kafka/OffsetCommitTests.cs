using System.Diagnostics;
using Confluent.Kafka;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Tests.Support;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>Offsets against the real broker: committed only past messages that were applied, so what was not is delivered again.</summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Kafka")]
public class OffsetCommitTests(KafkaFixture kafka)
{
    [Fact]
    public async Task Restart_AfterACallDidNotFinish_CommitStopsBeforeItAndMessagesComeAgain()
    {
        var run = Random.Shared.Next(1, 80_000_000);
        var topic = kafka.Topics.For(Domain.Events.EventSchemas.Debit);
        var partition = new TopicPartition(topic, 0);
        var groupId = $"sf-test-offsets-{run}";
        var start = kafka.EndOffsets(topic);
        kafka.CommitGroupOffsets(groupId, start);
        var first = start.Single(s => s.TopicPartition == partition).Offset.Value;
        string stuck = TestEvents.SirenOf(run), b = TestEvents.SirenOf(run + 1), c = TestEvents.SirenOf(run + 2);

        // All three on one partition, the stuck firm first.
        foreach (var siren in new[] { stuck, b, c })
        {
            await kafka.Producer.Producer.ProduceAsync(partition, EventProducer.ToMessage(TestEvents.Debit(siren)));
        }

        var blocking = new RecordingFirmSink((siren, _, ct) => siren == stuck ? new TaskCompletionSource().Task.WaitAsync(ct) : Task.CompletedTask);
        var settings = new Dictionary<string, string?> { ["Kafka:Ingest:DrainTimeout"] = "00:00:01" };
        await using (var ingest = await IngestHost.StartAsync(kafka, groupId, ["urssaf.debit"], blocking, settings))
        {
            await WaitUntil(() => blocking.Calls.Count == 2);
        }

        Assert.Equal(new[] { b, c }.Order(), blocking.Calls.Select(x => x.Siren).Order());
        Assert.Equal(first, Committed(groupId, partition));

        var all = new RecordingFirmSink();
        await using (var ingest = await IngestHost.StartAsync(kafka, groupId, ["urssaf.debit"], all))
        {
            await WaitUntil(() => all.Calls.Count == 3);
        }

        Assert.Equal([stuck, b, c], all.Calls.OrderBy(x => x.Events[0].Position.Offset).Select(x => x.Siren));
        Assert.Equal([first, first + 1, first + 2], all.Calls.Select(x => x.Events[0].Position.Offset).Order());
        Assert.Equal(first + 3, Committed(groupId, partition));
    }

    private long Committed(string groupId, TopicPartition partition) =>
        kafka.Committed(groupId, [partition]).Single().Offset.Value;

    private static Task WaitUntil(Func<bool> condition) =>
        Eventually.Until(condition, TimeSpan.FromSeconds(30), () => "timed out waiting for the ingest", TimeSpan.FromMilliseconds(20));
}
