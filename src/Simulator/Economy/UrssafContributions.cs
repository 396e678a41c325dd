using System.Globalization;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// URSSAF contributions of one firm: what each establishment owes from its payroll, paid (or not) the month
/// after its period; a shortfall opens an écart négatif; later files sometimes correct an earlier amount.
/// </summary>
internal static class UrssafContributions
{
    /// <summary>
    /// The contributions of the previous period fall due now: paid in full, partly (a new écart), or deferred
    /// in a crisis; the <see cref="Cotisation"/> line is emitted either way.
    /// </summary>
    /// <returns>False when nothing falls due this month (a quarterly payer between quarter ends).</returns>
    public static bool CollectDue(FirmState firm, int establishment, StepContext context, DateOnly deliveredOn, StepOutput output)
    {
        var c = context.Calibration;
        var previous = context.Month.Previous;
        var quarterEnd = previous.MonthOfYear % 3 == 0;
        var emit = context.Emitting;
        var events = output.Events;
        var est = firm.Establishments[establishment];
        var profile = firm.Profile.Establishments[establishment];
        ref var rng = ref firm.Rng;

        Month periodStart;
        decimal due;
        if (!firm.QuarterlyPayer)
        {
            periodStart = previous;
            due = est.DueHistory[Slot(previous)];
        }
        else if (quarterEnd)
        {
            periodStart = previous.AddMonths(-2);
            due = est.DueHistory[Slot(previous)] + est.DueHistory[Slot(previous.AddMonths(-1))] + est.DueHistory[Slot(periodStart)];
        }
        else
        {
            return false;
        }

        if (due > 0)
        {
            var shortfall = Shortfall(firm, context, periodStart, due, out var motif);
            if (shortfall > 0)
            {
                est.Ecarts ??= [];
                if (est.NextEcartNumber == 0)
                {
                    est.NextEcartNumber = rng.Next(100, 900);
                }

                var po = Math.Round(shortfall * (decimal)c.EmployeeShare, 2);
                var ecart = new Ecart
                {
                    Number = (est.NextEcartNumber++).ToString(CultureInfo.InvariantCulture),
                    PeriodStart = periodStart,
                    PeriodEnd = previous.Next,
                    Original = shortfall,
                    Motif = motif,
                    History = 1,
                    PartOuvriere = po,
                    PartPatronale = shortfall - po,
                    LastTreatment = UrssafEcarts.OperationDate(ref rng, context),
                    LastOperation = "1",
                };
                est.Ecarts.Add(ecart);
                if (emit)
                {
                    events.Add(UrssafEcarts.ToDebit(firm, profile.Siret, profile.Compte, ecart, deliveredOn));
                }
            }

            if (emit)
            {
                var cotisation = new Cotisation
                {
                    Siren = firm.Profile.Siren,
                    Siret = profile.Siret,
                    DeliveredOn = deliveredOn,
                    Compte = profile.Compte,
                    PeriodeDebut = periodStart,
                    PeriodeFin = previous.Next,
                    Du = due,
                    Encaisse = due - shortfall,
                };
                events.Add(cotisation);
                if (rng.Bernoulli(c.DuplicateRate))
                {
                    events.Add(cotisation);
                    output.Stats.Duplicates++;
                }
            }
        }

        return true;
    }

    /// <summary>Regularisation of an earlier month: a later file amends the amount due (flux correction).</summary>
    public static void Regularise(FirmState firm, int establishment, StepContext context, DateOnly deliveredOn, StepOutput output)
    {
        var c = context.Calibration;
        var previous = context.Month.Previous;
        var emit = context.Emitting;
        var events = output.Events;
        var est = firm.Establishments[establishment];
        var profile = firm.Profile.Establishments[establishment];
        ref var rng = ref firm.Rng;
        if (emit && !firm.QuarterlyPayer && rng.Bernoulli(c.CotisationCorrectionRate))
        {
            var back = previous.AddMonths(-rng.Next(1, 6));
            var original = est.DueHistory[Slot(back)];
            if (original > 0 && back >= context.RunStart)
            {
                var corrected = Math.Round(original * (decimal)(1 + rng.Normal(0, 0.05)), 2);
                est.DueHistory[Slot(back)] = corrected;
                events.Add(new Cotisation
                {
                    Siren = firm.Profile.Siren,
                    Siret = profile.Siret,
                    DeliveredOn = deliveredOn,
                    Compte = profile.Compte,
                    PeriodeDebut = back,
                    PeriodeFin = back.Next,
                    Du = corrected,
                    Encaisse = corrected,
                });
                output.Stats.Corrections++;
            }
        }
    }

    /// <summary>Contributions due for the current month, from the payroll net of activité partielle hours.</summary>
    public static void Dues(FirmState firm, StepContext context)
    {
        var m = context.Month;
        var wage = firm.Profile.Sector.MonthlyWage * firm.WageFactor * Math.Pow(1.02, m.Year - 2015 + m.MonthOfYear / 12.0);
        var payroll = 0.0;
        foreach (var est in firm.Establishments)
        {
            var paidHeads = est.Closed ? 0 : Math.Max(0, est.Headcount - est.ApHours / ActivitePartielleProcess.MonthlyHours);
            var estPayroll = wage * paidHeads;
            payroll += estPayroll;
            est.DueHistory[Slot(m)] = Math.Round((decimal)(estPayroll * context.Calibration.ContributionRate), 2);
        }

        firm.YearPayroll += payroll;
    }

    private static decimal Shortfall(FirmState firm, StepContext context, Month period, decimal due, out string motif)
    {
        var c = context.Calibration;
        ref var rng = ref firm.Rng;
        motif = "1";
        var stress = -firm.Health;
        if (context.Macro.InCrisis(period) && firm.Status != FirmStatus.Liquidated)
        {
            var deferral = Math.Min(0.9, c.CrisisDeferralShare * (0.4 + 0.8 * firm.Profile.Sector.CrisisExposure) * (1 + 0.3 * Math.Max(0, stress)));
            if (rng.Bernoulli(deferral))
            {
                motif = "2";
                return due;
            }
        }

        var inDebt = firm.Debt > 0 ? 1 : 0;
        var p = 1 / (1 + Math.Exp(-(c.DebtIntercept + c.DebtSlope * stress + c.DebtPersistence * inDebt)));
        if (!rng.Bernoulli(p))
        {
            return 0;
        }

        return Math.Round(due * (decimal)rng.Uniform(0.3, 1.0), 2);
    }

    internal static int Slot(Month m) => m.Index % EstablishmentState.DueHistoryLength;
}
