using System.Collections.Immutable;
using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// Events for one firm, in source order: within one topic-partition, offsets must increase. Ingest
/// (Kafka, one grain call per firm per poll) and the in-process simulator feed both send these.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.FirmBatch.v1")]
public sealed record FirmBatch(
    [property: Id(0)] string Siren,
    [property: Id(1)] ImmutableArray<SourcedEvent> Events);
