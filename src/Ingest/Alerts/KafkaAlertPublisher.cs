using Confluent.Kafka;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;

using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Alerts;

/// <summary>
/// Publishes alert transitions to the alerts topic, keyed by SIREN (a firm's transitions stay in order).
/// Completes once the broker acknowledged, so the grain's outbox only drops what Kafka holds.
/// </summary>
public sealed class KafkaAlertPublisher(OutboxProducer producer, TopicNames topics) : IAlertPublisher
{
    public Task PublishAsync(AlertEvent alert, CancellationToken cancellationToken) =>
        producer.Handle.Producer.ProduceAsync(topics.Alerts, new Message<string, byte[]> { Key = alert.Siren, Value = AlertJson.Serialize(alert) }, cancellationToken);
}
