namespace SignauxFaibles.Domain.Alerts;

/// <summary>The outcome of one evaluation within a delivery date.</summary>
/// <param name="State">The firm's alert state after the evaluation.</param>
/// <param name="Day">The delivery date's evaluation, to keep until the next one.</param>
/// <param name="Event">The event of the date, if the level at this evaluation differs from the date's start.</param>
/// <param name="Replaced">
/// The event an earlier evaluation of the same date emitted, which this one supersedes (null when none, or
/// when <paramref name="Event"/> is the same transition with the same score).
/// </param>
public sealed record AlertDayDecision(AlertState State, AlertDay Day, AlertEvent? Event, AlertEvent? Replaced)
{
    /// <summary>True when the date's event is new or changed and so must be recorded and published.</summary>
    public bool EventChanged => Event is not null && !SameTransition(Event, PreviousEvent);

    /// <summary>The event the date had before this evaluation.</summary>
    public AlertEvent? PreviousEvent { get; init; }

    internal static bool SameTransition(AlertEvent? a, AlertEvent? b) =>
        a is not null && b is not null && a.Id == b.Id && Nullable.Equals(a.Score, b.Score);
}
