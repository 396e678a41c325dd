using Orleans;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Contracts;

/// <summary>
/// What a firm grain did with a batch. Once this is returned, everything accepted is persisted, so the
/// caller may commit the batch's source positions.
/// </summary>
/// <param name="Applied">Events applied (new positions).</param>
/// <param name="Duplicates">Events skipped because their position was already applied (redelivery).</param>
/// <param name="Rejected">Events skipped because they belong to another firm.</param>
/// <param name="Changed">True when the firm's history changed, so it was rescored.</param>
/// <param name="Level">The alert level after the batch.</param>
/// <param name="AlertsEmitted">Alert events the batch produced (0 or 1).</param>
[GenerateSerializer, Immutable, Alias("sf.ApplyOutcome.v1")]
public sealed record ApplyOutcome(
    [property: Id(0)] int Applied,
    [property: Id(1)] int Duplicates,
    [property: Id(2)] int Rejected,
    [property: Id(3)] bool Changed,
    [property: Id(4)] AlertLevel Level,
    [property: Id(5)] int AlertsEmitted);
