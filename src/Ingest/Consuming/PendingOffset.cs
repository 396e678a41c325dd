using Confluent.Kafka;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// A registered offset waiting to be completed. The epoch ties it to one assignment of its partition: a
/// completion arriving after the partition was revoked (and maybe re-assigned) is ignored.
/// </summary>
public readonly record struct PendingOffset(TopicPartition TopicPartition, long Offset, int Epoch);
