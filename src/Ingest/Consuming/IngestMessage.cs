using System.Diagnostics;
using Confluent.Kafka;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// A raw message as taken from the consumer, before decoding, with the trace context its headers carry
/// (<c>default</c> when none: a producer without a span, propagation off, or a broker older than 0.11).
/// </summary>
public sealed record IngestMessage(TopicPartition TopicPartition, long Offset, byte[]? Key, byte[]? Value, ActivityContext TraceContext = default)
{
    public static IngestMessage From(ConsumeResult<byte[]?, byte[]?> result) =>
        new(result.TopicPartition, result.Offset.Value, result.Message.Key, result.Message.Value, TraceContextHeaders.Extract(result.Message.Headers));
}
