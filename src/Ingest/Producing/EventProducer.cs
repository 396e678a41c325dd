using Confluent.Kafka;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Telemetry;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Producing;

/// <summary>
/// Produces events to their source topic: key = SIREN, body = the JSON envelope of <see cref="EventJson"/>,
/// headers = the current span's trace context when <see cref="KafkaOptions.PropagateTraceContext"/> is on.
/// </summary>
public sealed class EventProducer(KafkaProducerHandle handle, TopicNames topics)
{
    public static Message<string, byte[]> ToMessage(FirmEvent e) => new() { Key = e.Siren, Value = EventJson.Serialize(e) };

    public void Produce(FirmEvent e, Action<DeliveryReport<string, byte[]>> onDelivered, CancellationToken cancellationToken) =>
        handle.Produce(topics.For(e), MessageFor(e), onDelivered, cancellationToken);

    public Task<DeliveryResult<string, byte[]>> ProduceAsync(FirmEvent e, CancellationToken cancellationToken) =>
        handle.Producer.ProduceAsync(topics.For(e), MessageFor(e), cancellationToken);

    /// <summary>The message produced for <paramref name="e"/>: <see cref="ToMessage"/> plus the current span's trace context when propagation is on.</summary>
    public Message<string, byte[]> MessageFor(FirmEvent e)
    {
        var message = ToMessage(e);
        if (handle.Options.PropagateTraceContext)
        {
            TraceContextHeaders.Inject(message);
        }

        return message;
    }
}
