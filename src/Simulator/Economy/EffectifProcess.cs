using System.Collections.Immutable;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Simulator.Delivery;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// URSSAF effectif: once a quarter, the headcount of the last six months up to the end of the previous
/// quarter, per establishment and per firm. The most recent month is sometimes provisional; the next
/// delivery carries the same month again with its final value (stock semantics: later deliveries win).
/// </summary>
internal static class EffectifProcess
{
    public static void Step(FirmState firm, StepContext context, StepOutput output)
    {
        if (!context.Emitting || context.Calendar.Effectif(context.Month) is not { } deliveredOn)
        {
            return;
        }

        var last = DeliveryCalendar.EffectifLastMonth(context.Month);
        var first = last.AddMonths(1 - DeliveryCalendar.EffectifWindow);
        var c = context.Calibration;
        ref var rng = ref firm.Rng;
        Span<int> firmTotals = stackalloc int[DeliveryCalendar.EffectifWindow];
        firmTotals.Fill(-1);
        var builder = ImmutableArray.CreateBuilder<MonthlyHeadcount>(DeliveryCalendar.EffectifWindow);
        for (var i = 0; i < firm.Establishments.Length; i++)
        {
            var est = firm.Establishments[i];
            builder.Clear();
            var anyone = false;
            for (var k = 0; k < DeliveryCalendar.EffectifWindow; k++)
            {
                var month = first.AddMonths(k);
                var h = est.HeadcountHistory[month.Index % EstablishmentState.HistoryLength];
                if (h < 0)
                {
                    continue;
                }

                if (month == last && h > 0 && rng.Bernoulli(c.ProvisionalHeadcountRate))
                {
                    h = Math.Max(0, (int)Math.Round(h * (1 + rng.Normal(0, 0.1))));
                }

                anyone |= h > 0;
                builder.Add(new MonthlyHeadcount(month, h));
                firmTotals[k] = Math.Max(0, firmTotals[k]) + h;
            }

            if (!anyone)
            {
                continue;
            }

            var profile = firm.Profile.Establishments[i];
            output.Events.Add(new EffectifEtablissement
            {
                Siren = firm.Profile.Siren,
                Siret = profile.Siret,
                DeliveredOn = deliveredOn,
                Compte = profile.Compte,
                Months = builder.ToImmutable(),
            });
        }

        builder.Clear();
        var any = false;
        for (var k = 0; k < DeliveryCalendar.EffectifWindow; k++)
        {
            if (firmTotals[k] >= 0)
            {
                builder.Add(new MonthlyHeadcount(first.AddMonths(k), firmTotals[k]));
                any |= firmTotals[k] > 0;
            }
        }

        if (any)
        {
            output.Events.Add(new EffectifEntreprise
            {
                Siren = firm.Profile.Siren,
                DeliveredOn = deliveredOn,
                Months = builder.ToImmutable(),
            });
        }
    }
}
