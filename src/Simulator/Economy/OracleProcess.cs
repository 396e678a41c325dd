using SignauxFaibles.Simulator.Truth;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// Scores every in-bonis firm-month with the oracle's 18-month probability and, once the next 18 months
/// are known, adds it with its realised label (a first judgment in months t+1..t+18) to the AUC. A first
/// judgment labels the pending months positive; a closure without procédure labels them negative; months
/// whose 18-month future runs past the end of the run are censored (never counted).
/// </summary>
internal static class OracleProcess
{
    public static void Step(FirmState firm, StepContext context, StepOutput output, bool wasActive, bool firstJudgment)
    {
        if (!context.Emitting || !wasActive)
        {
            return;
        }

        var m = context.Month;
        var inPerimeter = firm.Profile.InPerimeter;
        if (firstJudgment || firm.Status != FirmStatus.Active)
        {
            if (inPerimeter)
            {
                Flush(firm, output.Auc, firstJudgment);
            }

            return;
        }

        var p18 = Hazard.Probability18(firm, m, context);
        var hazard = Hazard.Monthly(firm.RiskHealth, context.Macro.Support(m), context.Calibration);
        output.AddHazard(firm.Profile.Siren, m, firm.Health, hazard, p18);
        if (!inPerimeter)
        {
            return;
        }

        var scores = firm.PendingScores ??= new float[Hazard.Horizon];
        if (firm.PendingTo == firm.PendingFrom)
        {
            firm.PendingFrom = firm.PendingTo = m.Index;
        }

        // Month m - 18 has now seen its whole 18-month future without a judgment.
        if (firm.PendingFrom == m.Index - Hazard.Horizon)
        {
            output.Auc.Add(scores[firm.PendingFrom % Hazard.Horizon], false);
            firm.PendingFrom++;
        }

        scores[m.Index % Hazard.Horizon] = (float)p18;
        firm.PendingTo = m.Index + 1;
    }

    private static void Flush(FirmState firm, AucAccumulator auc, bool label)
    {
        if (firm.PendingScores is { } scores)
        {
            for (var t = firm.PendingFrom; t < firm.PendingTo; t++)
            {
                auc.Add(scores[t % Hazard.Horizon], label);
            }
        }

        firm.PendingFrom = firm.PendingTo;
    }
}
