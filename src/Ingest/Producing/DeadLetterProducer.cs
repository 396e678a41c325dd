using Confluent.Kafka;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Producing;

/// <summary>Produces dead letters to the dead-letter topic, keyed by their deterministic id.</summary>
public sealed class DeadLetterProducer(KafkaProducerHandle handle, TopicNames topics) : IDeadLetterSink
{
    public static Message<string, byte[]> ToMessage(DeadLetter letter) => new() { Key = letter.Id, Value = DeadLetterJson.Serialize(letter) };

    public void Produce(DeadLetter letter, Action<DeliveryReport<string, byte[]>> onDelivered, CancellationToken cancellationToken) =>
        handle.Produce(topics.DeadLetter, ToMessage(letter), onDelivered, cancellationToken);

    public Task SendAsync(DeadLetter letter, CancellationToken cancellationToken) =>
        handle.Producer.ProduceAsync(topics.DeadLetter, ToMessage(letter), cancellationToken);
}
