using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// URSSAF: contributions proportional to the payroll, paid (or not) the month after their period. A
/// shortfall opens an écart négatif whose history (NumeroHistorique 1, 2, ...) records it growing with
/// penalties, being partly paid, or settled; payment plans (délais) spread a debt over months and CCSF
/// plans over years; a crisis lets firms defer whole months. Everything a month produces is delivered in
/// the file of that month, around the 20th, dated before it. This type orders one month's steps; the
/// contributions (<see cref="UrssafContributions"/>), the écarts (<see cref="UrssafEcarts"/>) and the plans
/// (<see cref="UrssafPlans"/>) each live in their own file.
/// </summary>
internal static class UrssafProcess
{
    public static void Step(FirmState firm, StepContext context, StepOutput output)
    {
        var m = context.Month;
        var deliveredOn = context.Calendar.Urssaf(m);

        if (context.Emitting && m == context.RunStart)
        {
            UrssafEcarts.EmitDebtStock(firm, deliveredOn, output.Events);
        }

        var previous = m.Previous;
        var monthlyDueTotal = 0m;
        for (var i = 0; i < firm.Establishments.Length; i++)
        {
            var est = firm.Establishments[i];
            var profile = firm.Profile.Establishments[i];
            monthlyDueTotal += est.DueHistory[UrssafContributions.Slot(previous)];

            // 1. The contributions of the previous period are due now: paid in full, partly, or deferred.
            if (!UrssafContributions.CollectDue(firm, i, context, deliveredOn, output))
            {
                continue;
            }

            UrssafContributions.Regularise(firm, i, context, deliveredOn, output);

            // 2. Open écarts evolve.
            if (est.Ecarts is { Count: > 0 } ecarts)
            {
                UrssafEcarts.EvolveEcarts(firm, context, profile.Siret, profile.Compte, ecarts, deliveredOn, output);
            }
        }

        // 3. Payment plans and CCSF.
        UrssafPlans.Step(firm, context, monthlyDueTotal, deliveredOn, output);

        // 4. This month's contributions, paid next month.
        UrssafContributions.Dues(firm, context);
    }

    /// <summary>A plan of continuation reschedules the frozen debts over five years.</summary>
    public static void RescheduleAfterPlan(FirmState firm) => UrssafPlans.RescheduleAfterPlan(firm);
}
