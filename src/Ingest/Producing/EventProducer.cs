using Confluent.Kafka;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Producing;

/// <summary>Produces events to their source topic: key = SIREN, body = the JSON envelope of <see cref="EventJson"/>.</summary>
public sealed class EventProducer(KafkaProducerHandle handle, TopicNames topics)
{
    public static Message<string, byte[]> ToMessage(FirmEvent e) => new() { Key = e.Siren, Value = EventJson.Serialize(e) };

    public void Produce(FirmEvent e, Action<DeliveryReport<string, byte[]>> onDelivered, CancellationToken cancellationToken) =>
        handle.Produce(topics.For(e), ToMessage(e), onDelivered, cancellationToken);

    public Task<DeliveryResult<string, byte[]>> ProduceAsync(FirmEvent e, CancellationToken cancellationToken) =>
        handle.Producer.ProduceAsync(topics.For(e), ToMessage(e), cancellationToken);
}
