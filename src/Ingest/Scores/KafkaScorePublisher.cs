using Confluent.Kafka;
using SignauxFaibles.Contracts;
using SignauxFaibles.Ingest.Alerts;
using SignauxFaibles.Ingest.Telemetry;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Scores;

/// <summary>
/// Publishes score changes to the scores topic, keyed by SIREN (a compacted topic then keeps each firm's
/// latest score). Completes once the broker acknowledged, so the grain's outbox only drops what Kafka holds.
/// Carries the current span's trace context like <see cref="Alerts.KafkaAlertPublisher"/>.
/// </summary>
public sealed class KafkaScorePublisher(OutboxProducer producer, TopicNames topics) : IScorePublisher
{
    public Message<string, byte[]> ToMessage(ScoreChange change)
    {
        var message = new Message<string, byte[]> { Key = change.Siren, Value = ScoreJson.Serialize(change) };
        if (producer.Handle.Options.PropagateTraceContext)
        {
            TraceContextHeaders.Inject(message);
        }

        return message;
    }

    public Task PublishAsync(ScoreChange change, CancellationToken cancellationToken) =>
        producer.Handle.Producer.ProduceAsync(topics.Scores, ToMessage(change), cancellationToken);
}
