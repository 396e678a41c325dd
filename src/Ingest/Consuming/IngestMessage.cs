using Confluent.Kafka;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>A raw message as taken from the consumer, before decoding.</summary>
public sealed record IngestMessage(TopicPartition TopicPartition, long Offset, byte[]? Key, byte[]? Value)
{
    public static IngestMessage From(ConsumeResult<byte[]?, byte[]?> result) =>
        new(result.TopicPartition, result.Offset.Value, result.Message.Key, result.Message.Value);
}
