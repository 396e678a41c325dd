using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// Supplier payment behaviour (credit-insurance data, as the original's "paydex" source). A covered firm's
/// invoices of the month are paid later as its risk health (the health that drives the failure hazard)
/// falls: the average delay beyond terms grows with the stress <c>max(0, -health)</c>, around a habit of
/// the firm, with monthly noise; FPI30 and FPI90 (shares of the amount paid more than 30 / 90 days late)
/// follow the delay. Delivered early in the next month. It draws from its own stream
/// (<see cref="FirmState.SupplierRng"/>), so the other sources are the same as without it.
/// </summary>
internal static class SupplierPaymentProcess
{
    public const ulong Stream = 11;

    /// <summary>Share of firms the credit insurers observe.</summary>
    private const double Coverage = 0.8;

    /// <summary>The firm's coverage and habit, fixed for its life: the first draws of its stream.</summary>
    public static void Initialise(FirmState firm)
    {
        ref var rng = ref firm.SupplierRng;
        var covered = rng.Bernoulli(Coverage);
        firm.SupplierProfile = (covered, rng.Normal(0, 4));
    }

    public static void Step(FirmState firm, StepContext context)
    {
        ref var rng = ref firm.SupplierRng;
        if (!firm.IsOperating || !firm.Profile.InPerimeter || !firm.SupplierProfile.Covered)
        {
            return;
        }

        var habit = firm.SupplierProfile.Habit;
        var m = context.Month;
        var delivery = m.AddMonths(1);
        var headcount = Math.Max(1, firm.Headcount);
        var invoices = Math.Max(1, rng.Poisson(Math.Min(28, 2 + (0.6 * headcount))));
        var amount = headcount * 3_500 * rng.Uniform(0.6, 1.4) * (1 + (0.1 * invoices));
        var stress = Math.Max(0, -firm.RiskHealth);
        var delay = Math.Clamp(3 + habit + (11 * stress) + (5 * stress * stress) + rng.Normal(0, 4 + (2 * stress)), -10, 400);
        var fpi30 = Math.Clamp(Logistic((delay - 28) / 9) * rng.Uniform(0.8, 1.2), 0, 1);
        var fpi90 = Math.Min(fpi30, fpi30 * Logistic((delay - 75) / 15) * rng.Uniform(0.8, 1.2));
        if (delivery >= context.RunEnd)
        {
            return;
        }

        var total = Math.Round((decimal)amount, 0);
        var share30 = Math.Round((decimal)fpi30, 3);
        var share90 = Math.Min(share30, Math.Round((decimal)fpi90, 3));
        var late30 = Math.Min(total, Math.Round(total * share30, 0));
        firm.Pending.Add(new PaiementsFournisseurs
        {
            Siren = firm.Profile.Siren,
            DeliveredOn = context.Calendar.SupplierPayments(delivery),
            Mois = m,
            NombreFactures = invoices,
            MontantFactures = total,
            RetardMoyenJours = Math.Round((decimal)delay, 1),
            Fpi30 = share30,
            Fpi90 = share90,
            MontantRetard30 = late30,
            MontantRetard90 = Math.Min(late30, Math.Round(total * share90, 0)),
        });
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
