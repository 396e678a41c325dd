using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.ReadModel;

/// <summary>One firm whose level differs between two lists (<see cref="AlertLevel.HorsPerimetre"/> when absent from one).</summary>
public sealed record ListDiffRow(string Siren, string? RaisonSociale, AlertLevel From, AlertLevel To, double? ScoreFrom, double? ScoreTo);

/// <summary>The firms entering the alert levels, leaving them, or moving between élevé and modéré, from one list to another.</summary>
public sealed record ListDiff(DateOnly From, DateOnly To, IReadOnlyList<ListDiffRow> Entered, IReadOnlyList<ListDiffRow> Left, IReadOnlyList<ListDiffRow> Changed);
