using SignauxFaibles.Domain.Events;
using SignauxFaibles.Simulator.Truth;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// Procédures collectives. A firm in bonis enters one with the true hazard; the kind depends on how bad
/// things are. Sauvegarde and redressement end months later in a plan of continuation (the firm is
/// restructured and recovers: its baseline health rises) or in a conversion (sauvegarde to redressement,
/// redressement to liquidation). A liquidation closes the establishments and ends, a year or more later,
/// with a clôture pour insuffisance d'actif. A firm under a plan can fail again (straight to liquidation).
/// </summary>
internal static class ProcedureProcess
{
    /// <summary>Returns true when the firm received its first judgment this month.</summary>
    public static bool Step(FirmState firm, StepContext context, StepOutput output)
    {
        var c = context.Calibration;
        var m = context.Month;
        ref var rng = ref firm.Rng;
        switch (firm.Status)
        {
            case FirmStatus.Active:
            {
                if (!context.Emitting)
                {
                    // Burn-in shapes the state; failures and exits only count inside the run.
                    return false;
                }

                var hazard = Hazard.Monthly(firm.RiskHealth, context.Macro.Support(m), c);
                if (rng.Bernoulli(hazard))
                {
                    Open(firm, context, output);
                    return true;
                }

                if (rng.Bernoulli(c.VoluntaryClosureHazard))
                {
                    firm.Status = FirmStatus.Closed;
                    output.Stats.VoluntaryClosures++;
                    SireneProcess.ScheduleClosure(firm, context);
                }

                return false;
            }

            case FirmStatus.InProcedure when firm.UnderPlan:
            {
                // After a plan the firm lives on; a relapse goes straight to liquidation (résolution du plan).
                var hazard = Hazard.Monthly(firm.RiskHealth, context.Macro.Support(m), c);
                if (rng.Bernoulli(hazard))
                {
                    var date = JudgmentDate(firm, context);
                    Judgment(firm, context, output, date, firm.Procedure ?? ProcolAction.Redressement, ProcolStade.InclusionAutreProcedure, first: false);
                    Liquidate(firm, context, output, date);
                }

                return false;
            }

            case FirmStatus.InProcedure when m >= firm.NextStage:
            {
                var action = firm.Procedure ?? ProcolAction.Redressement;
                var recover = 1 / (1 + Math.Exp(-((action == ProcolAction.Sauvegarde ? 1.2 : 0.2) + 1.3 * firm.Health)));
                var date = JudgmentDate(firm, context);
                if (rng.Bernoulli(recover))
                {
                    Judgment(firm, context, output, date, action, ProcolStade.PlanContinuation, first: false);
                    firm.UnderPlan = true;
                    firm.Baseline += 0.6;
                    firm.Latent = Math.Max(firm.Latent, firm.Baseline - 0.3);
                    UrssafProcess.RescheduleAfterPlan(firm);
                    output.Stats.PlansContinuation++;
                }
                else if (action == ProcolAction.Sauvegarde)
                {
                    Judgment(firm, context, output, date, ProcolAction.Sauvegarde, ProcolStade.InclusionAutreProcedure, first: false);
                    Judgment(firm, context, output, date, ProcolAction.Redressement, ProcolStade.Ouverture, first: false);
                    firm.Procedure = ProcolAction.Redressement;
                    firm.NextStage = m.AddMonths(rng.Next(4, 11));
                }
                else
                {
                    Judgment(firm, context, output, date, action, ProcolStade.InclusionAutreProcedure, first: false);
                    output.Stats.ConversionsToLiquidation++;
                    Liquidate(firm, context, output, date);
                }

                return false;
            }

            case FirmStatus.Liquidated when firm.Cloture is { } cloture && m >= cloture:
            {
                Judgment(firm, context, output, JudgmentDate(firm, context), ProcolAction.Liquidation, ProcolStade.ClotureInsuffisanceActif, first: false);
                firm.Cloture = null;
                return false;
            }

            default:
                return false;
        }
    }

    private static void Open(FirmState firm, StepContext context, StepOutput output)
    {
        ref var rng = ref firm.Rng;
        var m = context.Month;
        var date = JudgmentDate(firm, context);
        firm.FirstJudgment = m;
        if (firm.Profile.InPerimeter)
        {
            output.Stats.FirstJudgments[m.Index - context.RunStart.Index]++;
        }

        // The worse the firm, the likelier a direct liquidation; sauvegarde is the healthy debtor's choice.
        var liquidation = 0.3 + 0.35 / (1 + Math.Exp(2 * (firm.Health + 2)));
        var u = rng.NextDouble();
        if (u < liquidation)
        {
            Judgment(firm, context, output, date, ProcolAction.Liquidation, ProcolStade.Ouverture, first: true);
            output.Stats.LiquidationsDirectes++;
            Liquidate(firm, context, output, date, alreadyJudged: true);
            return;
        }

        var action = u < liquidation + 0.1 ? ProcolAction.Sauvegarde : ProcolAction.Redressement;
        if (action == ProcolAction.Sauvegarde)
        {
            output.Stats.Sauvegardes++;
        }
        else
        {
            output.Stats.Redressements++;
        }

        Judgment(firm, context, output, date, action, ProcolStade.Ouverture, first: true);
        firm.Status = FirmStatus.InProcedure;
        firm.Procedure = action;
        firm.NextStage = m.AddMonths(action == ProcolAction.Sauvegarde ? rng.Next(6, 13) : rng.Next(4, 13));
    }

    private static void Liquidate(FirmState firm, StepContext context, StepOutput output, DateOnly date, bool alreadyJudged = false)
    {
        if (!alreadyJudged)
        {
            Judgment(firm, context, output, date, ProcolAction.Liquidation, ProcolStade.Ouverture, first: false);
        }

        if (firm.Profile.InPerimeter)
        {
            output.Stats.Liquidations[context.Month.Index - context.RunStart.Index]++;
        }

        firm.Status = FirmStatus.Liquidated;
        firm.Procedure = ProcolAction.Liquidation;
        firm.UnderPlan = false;
        firm.Cloture = context.Month.AddMonths(firm.Rng.Next(12, 37));
        SireneProcess.ScheduleClosure(firm, context);
    }

    private static void Judgment(FirmState firm, StepContext context, StepOutput output, DateOnly date, ProcolAction action, ProcolStade stade, bool first)
    {
        output.Judgments.Add(new JudgmentRow(firm.Profile.Index, date, action, stade, first));
        output.Events.Add(new ProcedureCollective
        {
            Siren = firm.Profile.Siren,
            Siret = firm.Profile.Siege.Siret,
            DeliveredOn = context.Calendar.Urssaf(context.Month),
            DateEffet = date,
            Action = action,
            Stade = stade,
        });
    }

    private static DateOnly JudgmentDate(FirmState firm, StepContext context)
    {
        var last = context.Calendar.Urssaf(context.Month).Day - 1;
        return context.Month.FirstDay.AddDays(firm.Rng.Next(0, last));
    }
}
