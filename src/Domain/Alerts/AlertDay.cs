using Orleans;

namespace SignauxFaibles.Domain.Alerts;

/// <summary>
/// The alert evaluation of a firm's current delivery date (docs/alerts.md, "One decision per delivery
/// date"): the state the date started from and the event it has emitted so far. Persisted in the firm
/// grain's state: add members with new ids, never renumber.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.AlertDay.v1")]
public sealed record AlertDay
{
    /// <summary>The delivery date being evaluated: the latest among the firm's applied events.</summary>
    [Id(0)] public required DateOnly Date { get; init; }

    /// <summary>The alert state at the end of the previous delivery date, which every evaluation of <see cref="Date"/> starts from.</summary>
    [Id(1)] public required AlertState Start { get; init; }

    /// <summary>The event the date's latest evaluation emitted, if any.</summary>
    [Id(2)] public AlertEvent? Event { get; init; }

    /// <summary>The model the date is evaluated with: a model switch is a decision point of its own, not a re-evaluation.</summary>
    [Id(3)] public string? Model { get; init; }
}
