using System.Collections.Immutable;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Grains.Firms;

/// <summary>
/// The persisted state of a firm grain, one row per SIREN: history, applied source positions, alert state,
/// current score and the alert events not yet published. Positions live in the same row as the history
/// so that a batch's effects and the proof it was applied are written together (effectively-once).
/// A versioned contract: add members with new ids, never renumber.
/// </summary>
[GenerateSerializer, Alias("sf.FirmGrainState.v1")]
public sealed class FirmGrainState
{
    /// <summary>The firm's history; null while the grain is active (the live history is the grain's own).</summary>
    [Id(0)] public FirmHistoryState? History { get; set; }

    /// <summary>The last applied offset of every topic-partition.</summary>
    [Id(1)] public ImmutableArray<SourcePosition> Positions { get; set; } = [];

    [Id(2)] public AlertState Alert { get; set; } = AlertState.Initial;

    /// <summary>The current score; null when the firm is out of the perimeter or has no data.</summary>
    [Id(3)] public RiskScore? Score { get; set; }

    /// <summary>The most recent alert events, oldest first (bounded, see <see cref="FirmGrain.AlertHistoryLength"/>).</summary>
    [Id(4)] public ImmutableArray<AlertEvent> AlertHistory { get; set; } = [];

    /// <summary>Alert events persisted but not yet acknowledged by every publisher (outbox).</summary>
    [Id(5)] public ImmutableArray<AlertEvent> Outbox { get; set; } = [];

    /// <summary>The latest delivery date among the applied events.</summary>
    [Id(6)] public DateOnly? AsOf { get; set; }

    /// <summary>Score changes persisted but not yet acknowledged by every score publisher (outbox).</summary>
    [Id(7)] public ImmutableArray<ScoreChange> ScoreOutbox { get; set; } = [];

    /// <summary>The sequence number of the next score change.</summary>
    [Id(8)] public int ScoreSequence { get; set; }

    /// <summary>The alert evaluation of the current delivery date (one decision per firm and date, docs/alerts.md).</summary>
    [Id(9)] public AlertDay? Day { get; set; }

    /// <summary>The alert level the last score change carried (null before the first one, or in states older than this member).</summary>
    [Id(10)] public AlertLevel? ScoreLevel { get; set; }

    /// <summary>The procédure state and closure the last score change was made with (null as <see cref="ScoreLevel"/>).</summary>
    [Id(11)] public FirmStanding? ScoreStanding { get; set; }
}
