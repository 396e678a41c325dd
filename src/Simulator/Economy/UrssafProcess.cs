using System.Globalization;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// URSSAF: contributions proportional to the payroll, paid (or not) the month after their period. A
/// shortfall opens an écart négatif whose history (NumeroHistorique 1, 2, ...) records it growing with
/// penalties, being partly paid, or settled; payment plans (délais) spread a debt over months and CCSF
/// plans over years; a crisis lets firms defer whole months. Everything a month produces is delivered in
/// the file of that month, around the 20th, dated before it.
/// </summary>
internal static class UrssafProcess
{
    public static void Step(FirmState firm, StepContext context, StepOutput output)
    {
        var m = context.Month;
        var c = context.Calibration;
        var deliveredOn = context.Calendar.Urssaf(m);
        var emit = context.Emitting;
        var events = output.Events;
        ref var rng = ref firm.Rng;

        if (emit && m == context.RunStart)
        {
            EmitDebtStock(firm, deliveredOn, events);
        }

        var previous = m.Previous;
        var quarterEnd = previous.MonthOfYear % 3 == 0;
        var monthlyDueTotal = 0m;
        for (var i = 0; i < firm.Establishments.Length; i++)
        {
            var est = firm.Establishments[i];
            var profile = firm.Profile.Establishments[i];
            monthlyDueTotal += est.DueHistory[Slot(previous)];

            // 1. The contributions of the previous period are due now: paid in full, partly, or deferred.
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
                continue;
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
                        LastTreatment = OperationDate(ref rng, context),
                        LastOperation = "1",
                    };
                    est.Ecarts.Add(ecart);
                    if (emit)
                    {
                        events.Add(ToDebit(firm, profile.Siret, profile.Compte, ecart, deliveredOn));
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

            // Regularisation of an earlier month: a later file amends the amount due (flux correction).
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

            // 2. Open écarts evolve.
            if (est.Ecarts is { Count: > 0 } ecarts)
            {
                EvolveEcarts(firm, context, profile.Siret, profile.Compte, ecarts, deliveredOn, output);
            }
        }

        // 3. Payment plans and CCSF.
        Plans(firm, context, monthlyDueTotal, deliveredOn, output);

        // 4. This month's contributions, paid next month.
        Dues(firm, context);
    }

    /// <summary>Contributions due for the current month, from the payroll net of activité partielle hours.</summary>
    private static void Dues(FirmState firm, StepContext context)
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

    private static void EvolveEcarts(FirmState firm, StepContext context, string siret, string compte, List<Ecart> ecarts, DateOnly deliveredOn, StepOutput output)
    {
        var c = context.Calibration;
        var m = context.Month;
        ref var rng = ref firm.Rng;
        var frozen = firm.Status == FirmStatus.Liquidated || (firm.Status == FirmStatus.InProcedure && !firm.UnderPlan);
        var repay = 1 / (1 + Math.Exp(-(c.RepayIntercept + c.RepaySlope * firm.Health)));
        var crisisNow = context.Macro.InCrisis(m);
        for (var k = ecarts.Count - 1; k >= 0; k--)
        {
            var e = ecarts[k];
            if (e.LastTreatment >= m.FirstDay || frozen)
            {
                continue;
            }

            decimal? remaining = null;
            string op;
            if (e.Installment > 0)
            {
                remaining = Math.Max(0, e.Remaining - e.Installment);
                op = remaining == 0 ? "4" : "3";
            }
            else if (e.Motif == "2" && crisisNow)
            {
                continue;
            }
            else if (rng.Bernoulli(e.Motif == "2" ? repay * 0.5 : repay))
            {
                remaining = 0;
                op = "4";
            }
            else
            {
                var u = rng.NextDouble();
                if (u < 0.15)
                {
                    remaining = Math.Round(e.Remaining * (decimal)rng.Uniform(0.4, 0.8), 2);
                    op = "3";
                }
                else if (u < 0.23)
                {
                    remaining = Math.Round(e.Remaining * (decimal)rng.Uniform(1.02, 1.1), 2);
                    op = "2";
                }
                else
                {
                    continue;
                }
            }

            var total = e.Remaining;
            var newRemaining = remaining!.Value;
            var po = total == 0 ? 0 : Math.Round(e.PartOuvriere * newRemaining / total, 2);
            e.PartOuvriere = po;
            e.PartPatronale = newRemaining - po;
            e.History++;
            e.LastOperation = op;
            e.LastTreatment = OperationDate(ref rng, context);
            if (context.Emitting)
            {
                output.Events.Add(ToDebit(firm, siret, compte, e, deliveredOn));
                if (rng.Bernoulli(c.DuplicateRate))
                {
                    output.Events.Add(ToDebit(firm, siret, compte, e, deliveredOn));
                    output.Stats.Duplicates++;
                }
            }

            if (newRemaining == 0)
            {
                ecarts.RemoveAt(k);
            }
        }
    }

    private static void Plans(FirmState firm, StepContext context, decimal monthlyDue, DateOnly deliveredOn, StepOutput output)
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
            SetInstallments(firm, 0);
        }

        var eligible = firm.Status == FirmStatus.Active || firm.UnderPlan;
        if (!firm.PlanActive && debt > 0 && eligible && firm.CcsfStage != 2)
        {
            var deferred = HasDeferral(firm) && !context.Macro.InCrisis(m);
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
                    SetInstallmentsOver(firm, rng.Next(24, 37));
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
    public static void RescheduleAfterPlan(FirmState firm) => SetInstallmentsOver(firm, 60);

    private static void StartPlan(FirmState firm, StepContext context, int months, decimal debt, DateOnly deliveredOn, StepOutput output)
    {
        ref var rng = ref firm.Rng;
        firm.PlanActive = true;
        firm.PlanBroken = false;
        firm.PlanEnd = context.Month.AddMonths(months);
        firm.PlanCounter++;
        SetInstallmentsOver(firm, months);
        if (!context.Emitting)
        {
            return;
        }

        var creation = OperationDate(ref rng, context);
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
            DateTraitement = OperationDate(ref firm.Rng, context),
            Stade = stade,
        });
    }

    private static void SetInstallmentsOver(FirmState firm, int months)
    {
        foreach (var est in firm.Establishments)
        {
            if (est.Ecarts is null)
            {
                continue;
            }

            foreach (var e in est.Ecarts)
            {
                e.Installment = Math.Max(0.01m, Math.Round(e.Remaining / months, 2));
            }
        }
    }

    private static void SetInstallments(FirmState firm, decimal value)
    {
        foreach (var est in firm.Establishments)
        {
            if (est.Ecarts is null)
            {
                continue;
            }

            foreach (var e in est.Ecarts)
            {
                e.Installment = value;
            }
        }
    }

    private static bool HasDeferral(FirmState firm)
    {
        foreach (var est in firm.Establishments)
        {
            if (est.Ecarts is null)
            {
                continue;
            }

            foreach (var e in est.Ecarts)
            {
                if (e.Motif == "2" && e.Installment == 0)
                {
                    return true;
                }
            }
        }

        return false;
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

    /// <summary>At the start of the run the first file carries the current row of every open écart (the stock).</summary>
    private static void EmitDebtStock(FirmState firm, DateOnly deliveredOn, List<FirmEvent> events)
    {
        for (var i = 0; i < firm.Establishments.Length; i++)
        {
            if (firm.Establishments[i].Ecarts is not { } ecarts)
            {
                continue;
            }

            var profile = firm.Profile.Establishments[i];
            foreach (var e in ecarts)
            {
                events.Add(ToDebit(firm, profile.Siret, profile.Compte, e, deliveredOn));
            }
        }
    }

    private static Debit ToDebit(FirmState firm, string siret, string compte, Ecart e, DateOnly deliveredOn) => new()
    {
        Siren = firm.Profile.Siren,
        Siret = siret,
        DeliveredOn = deliveredOn,
        Compte = compte,
        NumeroEcartNegatif = e.Number,
        NumeroHistorique = e.History,
        DateTraitement = e.LastTreatment,
        PeriodeDebut = e.PeriodStart,
        PeriodeFin = e.PeriodEnd,
        PartOuvriere = e.PartOuvriere,
        PartPatronale = e.PartPatronale,
        EtatCompte = firm.Status is FirmStatus.InProcedure or FirmStatus.Liquidated ? 3 : e.Installment > 0 ? 2 : 1,
        CodeProcedureCollective = firm.Procedure switch
        {
            Domain.Events.ProcolAction.Sauvegarde => "1",
            Domain.Events.ProcolAction.Redressement => "2",
            Domain.Events.ProcolAction.Liquidation => "3",
            _ => "0",
        },
        CodeOperationEcartNegatif = e.LastOperation,
        CodeMotifEcartNegatif = e.Motif,
    };

    /// <summary>Treatment dates fall between the 5th and the day before the URSSAF delivery of the month.</summary>
    private static DateOnly OperationDate(ref Randomness.Rng rng, StepContext context)
    {
        var last = context.Calendar.Urssaf(context.Month).Day - 1;
        return context.Month.FirstDay.AddDays(rng.Next(4, last));
    }

    private static int Slot(Month m) => m.Index % EstablishmentState.DueHistoryLength;
}
