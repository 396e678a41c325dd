using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;

namespace SignauxFaibles.Domain.Population;

/// <summary>
/// Who may be on the detection list (domain.md §2): firms in bonis, including those executing a plan. The
/// procédure state follows the original's procol rules (<see cref="ProcedureRules.ActiveAt"/> picks the
/// judgment, <see cref="StatusOf"/> names it); Sirene closes a firm when its unité légale is cessée or every
/// establishment it delivered is closed. docs/alerts.md lists the states and transitions.
/// </summary>
public static class PopulationRule
{
    /// <summary>The firm's standing at <paramref name="date"/>.</summary>
    public static FirmStanding Evaluate(FirmHistory history, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(history);
        var active = ProcedureRules.ActiveAt(history.Procedures, date);
        var fermeture = ClosureOf(history);
        if (active is null && fermeture == ClosureReason.Aucune)
        {
            return FirmStanding.InBonis;
        }

        return new FirmStanding
        {
            Procedure = active is { } j ? StatusOf(j.Action, j.Stade) : ProcedureStatus.InBonis,
            ProcedureDate = active?.DateEffet,
            Fermeture = fermeture,
        };
    }

    /// <summary>
    /// The state an active judgment gives: any liquidation stage is liquidation; a plan (or a modification of
    /// it) under a sauvegarde is "plan de sauvegarde", under a redressement "plan de continuation"; any other
    /// stage is the open procédure itself.
    /// </summary>
    public static ProcedureStatus StatusOf(ProcolAction action, ProcolStade stade)
    {
        var plan = ProcedureRules.IsPlan(stade) || stade == ProcolStade.Modification;
        return action switch
        {
            ProcolAction.Liquidation => ProcedureStatus.Liquidation,
            ProcolAction.Redressement => plan ? ProcedureStatus.PlanContinuation : ProcedureStatus.Redressement,
            _ => plan ? ProcedureStatus.PlanSauvegarde : ProcedureStatus.Sauvegarde,
        };
    }

    /// <summary>Whether Sirene says the firm is closed (latest delivery of each register).</summary>
    public static ClosureReason ClosureOf(FirmHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.UniteLegale is { EstActif: false })
        {
            return ClosureReason.UniteLegaleCessee;
        }

        var etablissements = history.Etablissements;
        if (etablissements.IsEmpty)
        {
            return ClosureReason.Aucune;
        }

        foreach (ref readonly var e in etablissements)
        {
            if (e.EstActif)
            {
                return ClosureReason.Aucune;
            }
        }

        return ClosureReason.EtablissementsFermes;
    }
}
