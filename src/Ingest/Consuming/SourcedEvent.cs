using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>A validated event and the Kafka position it was read from.</summary>
public sealed record SourcedEvent(FirmEvent Event, SourcePosition Position);
