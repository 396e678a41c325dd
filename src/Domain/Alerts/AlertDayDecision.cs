namespace SignauxFaibles.Domain.Alerts;

/// <summary>The outcome of one evaluation within a delivery date.</summary>
/// <param name="State">The firm's alert state after the evaluation.</param>
/// <param name="Day">The delivery date's evaluation, to keep until the next one.</param>
/// <param name="Event">The event of the date, if the level at this evaluation differs from the date's start.</param>
/// <param name="Replaced">
/// The event an earlier evaluation of the same date emitted, which this one supersedes or amends (null when
/// none, or when <paramref name="Event"/> is identical to it, every field included). When it has the id of
/// <paramref name="Event"/> (the same transition), <paramref name="Event"/> is its amended version.
/// </param>
public sealed record AlertDayDecision(AlertState State, AlertDay Day, AlertEvent? Event, AlertEvent? Replaced)
{
    /// <summary>
    /// True when the date's event is new, or differs from the date's earlier one in any field (score, top
    /// features, standing, flags), and so must be recorded and published (again, under its id when amended).
    /// </summary>
    public bool EventChanged => Event is not null && !Identical(Event, PreviousEvent);

    /// <summary>True when <see cref="Event"/> amends the date's earlier event: the same transition (same id), another field changed.</summary>
    public bool Amends => Event is not null && Replaced is not null && Replaced.Id == Event.Id;

    /// <summary>The event the date had before this evaluation.</summary>
    public AlertEvent? PreviousEvent { get; init; }

    /// <summary>
    /// True when both events are equal in every serialized field (records compare immutable arrays by
    /// reference, so the top features are compared item by item).
    /// </summary>
    internal static bool Identical(AlertEvent? a, AlertEvent? b) =>
        a is not null && b is not null
        && a.TopFeatures.AsSpan().SequenceEqual(b.TopFeatures.AsSpan())
        && a with { TopFeatures = b.TopFeatures } == b;
}
