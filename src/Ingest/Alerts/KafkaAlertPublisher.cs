using Confluent.Kafka;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;

using SignauxFaibles.Ingest.Telemetry;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Alerts;

/// <summary>
/// Publishes alert transitions to the alerts topic, keyed by SIREN (a firm's transitions stay in order).
/// Completes once the broker acknowledged, so the grain's outbox only drops what Kafka holds. The message
/// carries the trace context of the span current when it is produced (inside the grain call that made the
/// transition: Orleans' span of the call, under the ingest's apply span) when
/// <see cref="Configuration.KafkaOptions.PropagateTraceContext"/> is on.
/// </summary>
public sealed class KafkaAlertPublisher(OutboxProducer producer, TopicNames topics) : IAlertPublisher
{
    public Message<string, byte[]> ToMessage(AlertEvent alert)
    {
        var message = new Message<string, byte[]> { Key = alert.Siren, Value = AlertJson.Serialize(alert) };
        if (producer.Handle.Options.PropagateTraceContext)
        {
            TraceContextHeaders.Inject(message);
        }

        return message;
    }

    public Task PublishAsync(AlertEvent alert, CancellationToken cancellationToken) =>
        producer.Handle.Producer.ProduceAsync(topics.Alerts, ToMessage(alert), cancellationToken);
}
