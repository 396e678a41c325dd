using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// Procédure state at a date (domain.md §3): for each action (sauvegarde, redressement, liquidation) the
/// latest judgment effective by the date; an action whose latest judgment ends it (fin de procédure,
/// inclusion dans une autre procédure, abandon) or is a continuation plan 10 years old or more is not
/// active; the most severe active action wins; otherwise the firm is in bonis. URSSAF's administrative
/// closure (solde) is not a judgment and is ignored altogether, as the original pipeline does.
/// </summary>
public static class ProcedureRules
{
    /// <summary>A continuation plan stops counting this many years after it was adopted.</summary>
    public const int PlanValidityYears = 10;

    /// <summary>Stages the history does not keep at all.</summary>
    public static bool IsIgnored(ProcolStade stade) => stade == ProcolStade.SoldeProcedure;

    /// <summary>Stages after which the action is over.</summary>
    public static bool Ends(ProcolStade stade) =>
        stade is ProcolStade.FinProcedure or ProcolStade.InclusionAutreProcedure or ProcolStade.AbandonProcedure;

    /// <summary>Continuation plans (the 10-year rule applies to them).</summary>
    public static bool IsPlan(ProcolStade stade) =>
        stade is ProcolStade.PlanContinuation or ProcolStade.PlanSauvegarde or ProcolStade.PlanRedressement;

    public static ProcedureState StateAt(ReadOnlySpan<ProcedureFact> judgments, DateOnly date) =>
        ActiveAt(judgments, date) is { } active ? (ProcedureState)(int)active.Action : ProcedureState.InBonis;

    /// <summary>The judgment that gives the state at <paramref name="date"/>, or null when in bonis.</summary>
    public static ProcedureFact? ActiveAt(ReadOnlySpan<ProcedureFact> judgments, DateOnly date)
    {
        ProcedureFact? active = null;
        foreach (var action in (ReadOnlySpan<ProcolAction>)[ProcolAction.Sauvegarde, ProcolAction.Redressement, ProcolAction.Liquidation])
        {
            if (LatestOf(judgments, action, date) is not { } latest)
            {
                continue;
            }

            if (Ends(latest.Stade) || (IsPlan(latest.Stade) && latest.DateEffet.AddYears(PlanValidityYears) <= date))
            {
                continue;
            }

            active = latest;
        }

        return active;
    }

    // Judgments are sorted by (date, action, stade): the last match is the latest, and of two judgments of
    // the same day the later stage in the enum's order wins, a fixed rule whatever the arrival order.
    private static ProcedureFact? LatestOf(ReadOnlySpan<ProcedureFact> judgments, ProcolAction action, DateOnly date)
    {
        ProcedureFact? latest = null;
        foreach (ref readonly var j in judgments)
        {
            if (j.DateEffet > date)
            {
                break;
            }

            if (j.Action == action && !IsIgnored(j.Stade))
            {
                latest = j;
            }
        }

        return latest;
    }
}
