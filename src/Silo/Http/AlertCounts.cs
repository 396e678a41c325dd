using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.ReadModel;

namespace SignauxFaibles.Silo.Http;

/// <summary>
/// One count group of <c>/alerts</c> (docs/alerts.md, "Counts"): the number of firms of the group on the
/// current dated list (null while no list is closed) and, beside it, the live number from the alert board.
/// </summary>
/// <param name="GroupLabel">The group's French label.</param>
/// <param name="Count">Firms of the group on the current dated list.</param>
/// <param name="Live">Firms of the group in the live feed now.</param>
public sealed record AlertCountGroup(string GroupLabel, int? Count, int Live);

/// <summary>The counts <c>/alerts</c> returns: those of the current dated list, each with its live count and label.</summary>
public static class AlertCounts
{
    /// <summary>The label of the première-alerte group.</summary>
    public const string PremieresAlertesLabel = "premières alertes";

    public static (AlertCountGroup Eleve, AlertCountGroup Modere, AlertCountGroup PremieresAlertes) Of(DatedList? current, AlertBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return (
            new AlertCountGroup(AlertLevel.Eleve.Label(), current?.Counts.Eleve, board.Eleve),
            new AlertCountGroup(AlertLevel.Modere.Label(), current?.Counts.Modere, board.Modere),
            new AlertCountGroup(PremieresAlertesLabel, current?.Counts.PremieresAlertes, board.PremieresAlertes));
    }
}
