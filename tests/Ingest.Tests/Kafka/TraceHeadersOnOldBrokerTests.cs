using System.Diagnostics;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Tests.Support;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>
/// Why <c>Kafka:PropagateTraceContext</c> is off in the local settings (docs/kafka.md, "Trace context"): the
/// 0.9 test broker acknowledges an event produced with a <c>traceparent</c> header, and the event comes back
/// without it. Fails, and so tells, the day the test broker keeps headers (Kafka 0.11 or later).
/// </summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Kafka")]
public sealed class TraceHeadersOnOldBrokerTests(KafkaFixture kafka)
{
    private static readonly ActivitySource Producer = new("SignauxFaibles.Tests.OldBroker");

    [Fact]
    public async Task EventProducedWithATraceHeader_IsAcknowledged_AndReadBackWithoutIt()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "SignauxFaibles.Tests.OldBroker",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        var options = new KafkaOptions { BootstrapServers = kafka.Options.BootstrapServers, TopicPrefix = kafka.Options.TopicPrefix, PropagateTraceContext = true };
        foreach (var (source, target) in new[] { (kafka.Options.Client, options.Client), (kafka.Options.Producer, options.Producer), (kafka.Options.Consumer, options.Consumer) })
        {
            foreach (var (key, value) in source)
            {
                target[key] = value;
            }
        }

        using var handle = new KafkaProducerHandle(Microsoft.Extensions.Options.Options.Create(options), NullLogger<KafkaProducerHandle>.Instance);
        var debit = TestEvents.Debit(TestEvents.SirenOf(Random.Shared.Next(1, 80_000_000)));
        DeliveryResult<string, byte[]> delivered;
        using (var span = Producer.StartActivity("produce"))
        {
            Assert.NotNull(span);
            var message = new EventProducer(handle, kafka.Topics).MessageFor(debit);
            Assert.True(message.Headers?.TryGetLastBytes("traceparent", out _) == true, "the event producer wrote no traceparent header");
            delivered = await handle.Producer.ProduceAsync(kafka.Topics.For(debit), message);
        }

        Assert.Equal(PersistenceStatus.Persisted, delivered.Status);
        using var reader = kafka.CreateReader();
        reader.Assign(delivered.TopicPartitionOffset);
        ConsumeResult<byte[]?, byte[]?>? read = null;
        await Eventually.Until(() => (read = reader.Consume(TimeSpan.FromMilliseconds(200))) is not null, TimeSpan.FromSeconds(30), () => $"{delivered.TopicPartitionOffset} not read back");
        Assert.Equal(EventProducer.ToMessage(debit).Value, read!.Message.Value);
        Assert.True(read.Message.Headers is null || read.Message.Headers.Count == 0, $"the broker kept {read.Message.Headers?.Count} header(s): it supports them, turn Kafka:PropagateTraceContext on in the Local settings");
    }
}
