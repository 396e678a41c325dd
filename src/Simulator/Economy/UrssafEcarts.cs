using System.Globalization;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// The écarts négatifs (URSSAF debts) of a firm: how each open écart evolves month by month (grows with
/// penalties, is partly paid, settled, or paid by installments under a plan), and the <see cref="Debit"/>
/// rows that record each of its states.
/// </summary>
internal static class UrssafEcarts
{
    /// <summary>Open écarts evolve: installments, repayment, partial payment or penalties.</summary>
    internal static void EvolveEcarts(FirmState firm, StepContext context, string siret, string compte, List<Ecart> ecarts, DateOnly deliveredOn, StepOutput output)
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

    /// <summary>At the start of the run the first file carries the current row of every open écart (the stock).</summary>
    internal static void EmitDebtStock(FirmState firm, DateOnly deliveredOn, List<FirmEvent> events)
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

    internal static Debit ToDebit(FirmState firm, string siret, string compte, Ecart e, DateOnly deliveredOn) => new()
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
    internal static DateOnly OperationDate(ref Randomness.Rng rng, StepContext context)
    {
        var last = context.Calendar.Urssaf(context.Month).Day - 1;
        return context.Month.FirstDay.AddDays(rng.Next(4, last));
    }

    internal static void SetInstallmentsOver(FirmState firm, int months)
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

    internal static void SetInstallments(FirmState firm, decimal value)
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

    internal static bool HasDeferral(FirmState firm)
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
}
