using Orleans;
using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Contracts;

/// <summary>A firm event with the position it was read at.</summary>
[GenerateSerializer, Immutable, Alias("sf.SourcedEvent.v1")]
public sealed record SourcedEvent(
    [property: Id(0)] SourcePosition Position,
    [property: Id(1)] FirmEvent Event);
