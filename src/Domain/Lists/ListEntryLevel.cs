using Orleans;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Domain.Lists;

/// <summary>
/// A firm's level on one dated list, the only fact <see cref="FirstAlertRule"/> needs from its past.
/// Persisted in the firm grain's state (<see cref="AlertState.AlertLists"/>): add members with new ids, never renumber.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.ListEntryLevel.v1")]
public readonly record struct ListEntryLevel([property: Id(0)] DateOnly ListDate, [property: Id(1)] AlertLevel Level);
