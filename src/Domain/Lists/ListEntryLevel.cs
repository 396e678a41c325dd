using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Domain.Lists;

/// <summary>A firm's level on one dated list, the only fact <see cref="FirstAlertRule"/> needs from its past.</summary>
public readonly record struct ListEntryLevel(DateOnly ListDate, AlertLevel Level);
