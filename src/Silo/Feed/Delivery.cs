using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Silo.Feed;

/// <summary>The events a source delivered on one day, in delivery order.</summary>
public sealed record Delivery(DateOnly Day, IReadOnlyList<FirmEvent> Events);
