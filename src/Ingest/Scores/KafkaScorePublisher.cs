using Confluent.Kafka;
using SignauxFaibles.Contracts;
using SignauxFaibles.Ingest.Alerts;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Scores;

/// <summary>
/// Publishes score changes to the scores topic, keyed by SIREN (a compacted topic then keeps each firm's
/// latest score). Completes once the broker acknowledged, so the grain's outbox only drops what Kafka holds.
/// </summary>
public sealed class KafkaScorePublisher(OutboxProducer producer, TopicNames topics) : IScorePublisher
{
    public Task PublishAsync(ScoreChange change, CancellationToken cancellationToken) =>
        producer.Handle.Producer.ProduceAsync(topics.Scores, new Message<string, byte[]> { Key = change.Siren, Value = ScoreJson.Serialize(change) }, cancellationToken);
}
