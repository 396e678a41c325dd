using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// Where an event came from in its source log: a Kafka topic-partition-offset, or the in-process
/// simulator's equivalent (topic "sim.*", a partition, an offset increasing by one per event). Offsets
/// increase within a topic-partition, which is what makes a redelivery recognisable.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.SourcePosition.v1")]
public readonly record struct SourcePosition(
    [property: Id(0)] string Topic,
    [property: Id(1)] int Partition,
    [property: Id(2)] long Offset)
{
    public override string ToString() => $"{Topic}[{Partition}]@{Offset}";
}
