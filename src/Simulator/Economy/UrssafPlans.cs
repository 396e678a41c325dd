using System.Globalization;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// URSSAF payment plans: délais that spread a firm's debt over months (and lapse when it stops paying), CCSF
/// plans that spread large debts over years with the other public creditors, and the rescheduling a plan of
/// continuation imposes.
/// </summary>
internal static class UrssafPlans
{
    /// <summary>Payment plans (délais) start, lapse or end; CCSF plans go through their stages.</summary>
    public static void Step(FirmState firm, StepContext context, decimal monthlyDue, DateOnly deliveredOn, StepOutput output)
    {
        var c = context.Calibration;
        var m = context.Month;
        ref var rng = ref firm.Rng;
        var debt = firm.Debt;

        if (firm.PlanActive && (m >= firm.PlanEnd || debt == 0))
        {
            firm.PlanActive = false;
        }
        else if (firm.PlanActive && firm.Health < -2 && rng.Bernoulli(0.1))
        {
            // The firm stops paying its installments: the plan lapses.
            firm.PlanActive = false;
            firm.PlanBroken = true;
            UrssafEcarts.SetInstallments(firm, 0);
        }

        var eligible = firm.Status == FirmStatus.Active || firm.UnderPlan;
        if (!firm.PlanActive && debt > 0 && eligible && firm.CcsfStage != 2)
        {
            var deferred = UrssafEcarts.HasDeferral(firm) && !context.Macro.InCrisis(m);
            var p = deferred ? 0.3 : c.PaymentPlanProbability * (debt >= monthlyDue ? 1 : 0.3);
            if (rng.Bernoulli(p))
            {
                var months = monthlyDue > 0 ? (int)Math.Clamp(Math.Round((double)(debt / monthlyDue) * 2), 3, 24) : 12;
                StartPlan(firm, context, months, debt, deliveredOn, output);
            }
        }

        // CCSF: large debts of struggling firms, with other public creditors.
        switch (firm.CcsfStage)
        {
            case 0 when eligible && debt > 3 * monthlyDue && monthlyDue > 0 && firm.Health < -0.8 && rng.Bernoulli(c.CcsfProbability):
                firm.CcsfStage = 1;
                Ccsf(firm, context, "DEBUT", deliveredOn, output);
                break;
            case 1:
                if (rng.Bernoulli(0.6))
                {
                    firm.CcsfStage = 2;
                    Ccsf(firm, context, "APPROB", deliveredOn, output);
                    firm.PlanActive = false;
                    UrssafEcarts.SetInstallmentsOver(firm, rng.Next(24, 37));
                }
                else
                {
                    firm.CcsfStage = 0;
                    Ccsf(firm, context, "REFUS", deliveredOn, output);
                }

                break;
            case 2 when debt == 0 || !firm.IsOperating:
                firm.CcsfStage = 0;
                Ccsf(firm, context, "FIN", deliveredOn, output);
                break;
        }
    }

    /// <summary>A plan of continuation reschedules the frozen debts over five years.</summary>
    public static void RescheduleAfterPlan(FirmState firm) => UrssafEcarts.SetInstallmentsOver(firm, 60);

    private static void StartPlan(FirmState firm, StepContext context, int months, decimal debt, DateOnly deliveredOn, StepOutput output)
    {
        ref var rng = ref firm.Rng;
        firm.PlanActive = true;
        firm.PlanBroken = false;
        firm.PlanEnd = context.Month.AddMonths(months);
        firm.PlanCounter++;
        UrssafEcarts.SetInstallmentsOver(firm, months);
        if (!context.Emitting)
        {
            return;
        }

        var creation = UrssafEcarts.OperationDate(ref rng, context);
        var echeance = creation.AddMonths(months);
        var main = MostIndebted(firm);
        var profile = firm.Profile.Establishments[main];
        output.Events.Add(new Delai
        {
            Siren = firm.Profile.Siren,
            Siret = profile.Siret,
            DeliveredOn = deliveredOn,
            Compte = profile.Compte,
            NumeroContentieux = string.Create(CultureInfo.InvariantCulture, $"{firm.Profile.Siren[..8]}{firm.PlanCounter:D5}"),
            DateCreation = creation,
            DateEcheance = echeance,
            DureeDelai = echeance.DayNumber - creation.DayNumber,
            Denomination = firm.Profile.RaisonSociale.Length > 0 ? firm.Profile.RaisonSociale : firm.Profile.NomUniteLegale,
            Indic6M = months <= 6 ? "INF" : "SUP",
            AnneeCreation = creation.Year,
            MontantEcheancier = debt,
            Stade = "APPROB",
            Action = "DELAI",
        });
    }

    private static void Ccsf(FirmState firm, StepContext context, string stade, DateOnly deliveredOn, StepOutput output)
    {
        if (!context.Emitting)
        {
            return;
        }

        var siege = firm.Profile.Siege;
        output.Events.Add(new Ccsf
        {
            Siren = firm.Profile.Siren,
            Siret = siege.Siret,
            DeliveredOn = deliveredOn,
            Compte = siege.Compte,
            DateTraitement = UrssafEcarts.OperationDate(ref firm.Rng, context),
            Stade = stade,
        });
    }

    private static int MostIndebted(FirmState firm)
    {
        var best = 0;
        var max = -1m;
        for (var i = 0; i < firm.Establishments.Length; i++)
        {
            var d = firm.Establishments[i].Debt;
            if (d > max)
            {
                max = d;
                best = i;
            }
        }

        return best;
    }
}
