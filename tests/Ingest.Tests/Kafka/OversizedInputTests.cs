using System.Diagnostics;
using System.Security.Cryptography;
using Confluent.Kafka;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Tests.Support;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>
/// A message the 0.9 broker accepts but whose verbatim dead letter it would refuse (payload + envelope
/// over its 1 MB limit) must not jam its partition: it is dead-lettered as <c>oversized_input</c> with its
/// size and hash, the valid message behind it is applied and the offset moves past both.
/// </summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Kafka")]
public sealed class OversizedInputTests(KafkaFixture kafka)
{
    [Fact]
    public async Task MessageNearTheBrokerLimit_IsDeadLetteredTruncated_AndThePartitionAdvances()
    {
        var run = Random.Shared.Next(1, 80_000_000);
        var topic = kafka.Topics.For(Domain.Events.EventSchemas.Debit);
        var partition = new TopicPartition(topic, 0);
        var groupId = $"sf-test-oversized-{run}";
        var start = kafka.EndOffsets(topic);
        kafka.CommitGroupOffsets(groupId, start);
        var deadStart = kafka.EndOffsets(kafka.Topics.DeadLetter);
        var first = start.Single(s => s.TopicPartition == partition).Offset.Value;
        var siren = TestEvents.SirenOf(run);

        // 990,000 bytes of non-JSON: under the broker's 1,000,012-byte limit, its verbatim dead letter above it.
        var huge = new byte[990_000];
        Array.Fill(huge, (byte)'x');
        await kafka.Producer.Producer.ProduceAsync(partition, new Message<string, byte[]> { Key = siren, Value = huge });
        await kafka.Producer.Producer.ProduceAsync(partition, EventProducer.ToMessage(TestEvents.Debit(siren)));

        var sink = new RecordingFirmSink();
        await using (var ingest = await IngestHost.StartAsync(kafka, groupId, ["urssaf.debit"], sink))
        {
            await WaitUntil(() => sink.Calls.Count == 1 && ingest.Service.Statistics.DeadLettered == 1, "the valid message applied and the huge one dead-lettered");
            Assert.Empty(ingest.Service.StalledPartitions);
        }

        Assert.Equal(first + 1, sink.Calls.Single().Events.Single().Position.Offset);
        Assert.Equal(first + 2, kafka.Committed(groupId, [partition]).Single().Offset.Value);

        var letter = kafka.ReadDeadLetters(deadStart, l => l.Any(x => x.Source.Offset == first && x.Source.Topic == topic), TimeSpan.FromSeconds(30))
            .Single(x => x.Source.Offset == first && x.Source.Topic == topic);
        Assert.Equal(RejectCode.OversizedInput, letter.Reason.Code);
        Assert.Equal(new PayloadTruncation(huge.Length, Convert.ToHexStringLower(SHA256.HashData(huge))), letter.Truncation);
        Assert.True(letter.Payload.Span.SequenceEqual(huge.AsSpan(0, letter.Payload.Length)), "the truncated payload is the beginning of the input");
    }

    private static Task WaitUntil(Func<bool> condition, string what) =>
        Eventually.Until(condition, TimeSpan.FromSeconds(60), () => $"timed out waiting for {what}", TimeSpan.FromMilliseconds(20));
}
