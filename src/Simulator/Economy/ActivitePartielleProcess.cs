using System.Globalization;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// Activité partielle. In normal times a firm whose health falls below a threshold may ask for a few
/// months of short-time work (motive 1, conjoncture); in a crisis most exposed firms ask at once (motive 5)
/// for the whole crisis and a little more. Every month consumes part of the authorised hours. DGEFP
/// delivers around the 10th of the next month: new requests, the previous month's consumption, and ended
/// requests again with their consumed totals (a correction of the stock).
/// </summary>
internal static class ActivitePartielleProcess
{
    public const double MonthlyHours = 151.67;

    /// <summary>Hours of activité partielle consumed by the firm this month (reduces the payroll).</summary>
    public static void Step(FirmState firm, StepContext context, StepOutput output)
    {
        if (!firm.IsOperating)
        {
            return;
        }

        var c = context.Calibration;
        var m = context.Month;
        ref var rng = ref firm.Rng;
        var exposure = firm.Profile.Sector.CrisisExposure;
        var inCrisis = context.Macro.InCrisis(m);
        var hasRequest = firm.Establishments[0].Ap is not null;

        if (!hasRequest)
        {
            var probability = 0.0;
            if (inCrisis && firm.LastCrisisApRequest < m.Index - 6)
            {
                var first = !context.Macro.InCrisis(m.Previous);
                probability = c.CrisisApShare * (0.15 + 0.85 * exposure) * (first ? 0.75 : 0.3);
            }
            else if (firm.Health < c.ApHealthThreshold)
            {
                probability = c.ApMonthlyProbability;
            }

            if (probability > 0 && rng.Bernoulli(probability))
            {
                Request(firm, context, inCrisis);
            }
        }

        var consumed = false;
        var intensity = context.Macro.CrisisIntensity(m);
        for (var i = 0; i < firm.Establishments.Length; i++)
        {
            var est = firm.Establishments[i];
            est.ApHours = 0;
            if (est.Ap is not { } ap || m < ap.StartMonth)
            {
                continue;
            }

            var usage = ap.Motif == 5
                ? Math.Clamp(0.15 + 0.6 * intensity * exposure + rng.Normal(0, 0.08), 0.02, 0.95)
                : Math.Clamp(0.12 + 0.15 * (-firm.Health - 1) + rng.Normal(0, 0.05), 0.03, 0.7);
            var hours = Math.Round(Math.Min(ap.HoursAuthorised - ap.HoursConsumed, est.Headcount * MonthlyHours * usage), 2);
            if (hours > 0)
            {
                var amount = Math.Round((decimal)(hours * c.ApHourlyAllowance), 2);
                var effectif = Math.Max(1, (int)Math.Round(est.Headcount * Math.Min(1, usage * 1.6)));
                ap.HoursConsumed += hours;
                ap.AmountConsumed += amount;
                ap.EffectifConsumed = Math.Max(ap.EffectifConsumed, effectif);
                est.ApHours = hours;
                consumed = true;
                Schedule(firm, context, new ApConsommation
                {
                    Siren = firm.Profile.Siren,
                    Siret = firm.Profile.Establishments[i].Siret,
                    DeliveredOn = default,
                    IdDemande = ap.Id,
                    Mois = m,
                    HeuresConsommees = hours,
                    Montant = amount,
                    Effectif = effectif,
                });
            }

            if (m.Next >= ap.EndMonth)
            {
                Schedule(firm, context, Demande(firm, firm.Profile.Establishments[i].Siret, ap, final: true));
                est.Ap = null;
            }
        }

        if (consumed && context.Emitting && firm.Profile.InPerimeter && firm.Status == FirmStatus.Active)
        {
            output.Stats.WithActivitePartielle[m.Index - context.RunStart.Index]++;
            if (firm.LastApYear != m.Year)
            {
                firm.LastApYear = m.Year;
                output.Stats.FirmYearsWithActivitePartielle++;
            }
        }
    }

    private static void Request(FirmState firm, StepContext context, bool crisis)
    {
        var c = context.Calibration;
        var m = context.Month;
        ref var rng = ref firm.Rng;
        var months = crisis
            ? Math.Max(1, (context.Macro.Crisis?.EndExclusive.Index ?? m.Index) - m.Index) + rng.Next(1, 4)
            : rng.Next(2, 7);
        var end = m.AddMonths(months);
        var statut = m.FirstDay.AddDays(rng.Next(0, 25));
        var firmHeadcount = firm.Headcount;
        if (crisis)
        {
            firm.LastCrisisApRequest = m.Index;
        }

        for (var i = 0; i < firm.Establishments.Length; i++)
        {
            var est = firm.Establishments[i];
            if (est.Headcount <= 0 || est.Closed)
            {
                continue;
            }

            var rate = crisis ? rng.Uniform(0.5, 1.0) : rng.Uniform(0.2, 0.6);
            var hours = Math.Round(est.Headcount * MonthlyHours * months * rate, 2);
            firm.ApCounter++;
            var ap = new ApRequest
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{firm.Profile.Index:x7}{firm.ApCounter & 0xFFF:x3}"),
                DateStatut = statut,
                StartMonth = m,
                EndMonth = end,
                HoursAuthorised = hours,
                AmountAuthorised = Math.Round((decimal)(hours * c.ApHourlyAllowance), 2),
                EffectifAuthorised = Math.Max(1, (int)Math.Round(est.Headcount * rate)),
                EffectifEtablissement = est.Headcount,
                EffectifEntreprise = firmHeadcount,
                Motif = crisis ? 5 : rng.Bernoulli(0.85) ? 1 : rng.Bernoulli(0.5) ? 2 : 4,
                Perimetre = rng.Bernoulli(0.6) ? 1 : 2,
            };
            est.Ap = ap;
            Schedule(firm, context, Demande(firm, firm.Profile.Establishments[i].Siret, ap, final: false));
        }
    }

    private static ApDemande Demande(FirmState firm, string siret, ApRequest ap, bool final) => new()
    {
        Siren = firm.Profile.Siren,
        Siret = siret,
        DeliveredOn = default,
        IdDemande = ap.Id,
        EffectifEntreprise = ap.EffectifEntreprise,
        Effectif = ap.EffectifEtablissement,
        DateStatut = ap.DateStatut,
        PeriodeDebut = ap.StartMonth.FirstDay,
        PeriodeFin = ap.EndMonth.FirstDay.AddDays(-1),
        HeuresAutorisees = ap.HoursAuthorised,
        MontantAutorise = ap.AmountAuthorised,
        EffectifAutorise = ap.EffectifAuthorised,
        MotifRecours = ap.Motif,
        Perimetre = ap.Perimetre,
        HeuresConsommees = final ? Math.Round(ap.HoursConsumed, 2) : null,
        MontantConsomme = final ? ap.AmountConsumed : null,
        EffectifConsomme = final ? ap.EffectifConsumed : null,
    };

    /// <summary>DGEFP delivers next month; events past the end of the run are never delivered.</summary>
    private static void Schedule(FirmState firm, StepContext context, FirmEvent e)
    {
        var next = context.Month.Next;
        if (next >= context.RunEnd)
        {
            return;
        }

        firm.Pending.Add(e with { DeliveredOn = context.Calendar.Dgefp(next) });
    }
}
