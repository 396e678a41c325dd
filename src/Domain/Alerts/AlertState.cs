using System.Collections.Immutable;
using Orleans;
using SignauxFaibles.Domain.Lists;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Alerts;

/// <summary>
/// What the alert state machine remembers about one firm between two scorings. Persisted in the firm
/// grain's state: add members with new ids, never renumber.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.AlertState.v1")]
public sealed record AlertState
{
    /// <summary>The state of a firm never scored: not in alert, never alerted.</summary>
    public static AlertState Initial { get; } = new();

    /// <summary>The current level.</summary>
    [Id(0)] public AlertLevel Level { get; init; } = AlertLevel.HorsPerimetre;

    /// <summary>Number of alert events emitted so far; the next event's sequence number.</summary>
    [Id(1)] public int Emitted { get; init; }

    /// <summary>The month of the first entry into an alert level, if any.</summary>
    [Id(2)] public Month? FirstAlertMonth { get; init; }

    /// <summary>True while the firm is in its first alert episode ("première alerte").</summary>
    [Id(3)] public bool PremiereAlerte { get; init; }

    /// <summary>The month the current level was reached.</summary>
    [Id(4)] public Month? Since { get; init; }

    /// <summary>
    /// The dated lists the firm was in alert on, within the première-alerte horizon, oldest first
    /// (<see cref="ListMembership"/>): recorded as the firm's delivery clock crosses their cut-offs.
    /// </summary>
    [Id(5)] public ImmutableArray<ListEntryLevel> AlertLists { get; init; } = [];
}
