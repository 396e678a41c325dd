namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// Headcount: the firm's log size drifts with its health (distressed firms shed jobs), spread over its
/// establishments by fixed shares. A liquidated or closed firm employs nobody.
/// </summary>
internal static class EmploymentProcess
{
    public static void Initialise(FirmState firm)
    {
        firm.LogSize = Math.Log(firm.Profile.InitialHeadcount + 0.5);
        firm.WageFactor = Math.Exp(firm.Rng.Normal(0, 0.15));
        firm.QuarterlyPayer = firm.Profile.InitialHeadcount < 10;
        Distribute(firm);
    }

    public static void Step(FirmState firm, StepContext context)
    {
        var c = context.Calibration;
        if (firm.IsOperating)
        {
            firm.LogSize += c.HeadcountDrift + c.HeadcountHealthSlope * firm.Health + firm.Rng.Normal(0, c.HeadcountNoiseSd);
            firm.LogSize = Math.Clamp(firm.LogSize, 0, Math.Log(c.HeadcountCap * 1.5));
            Distribute(firm);
        }
        else
        {
            foreach (var e in firm.Establishments)
            {
                e.Headcount = 0;
                e.Closed = true;
            }
        }

        var slot = context.Month.Index % EstablishmentState.HistoryLength;
        foreach (var e in firm.Establishments)
        {
            e.HeadcountHistory[slot] = e.Headcount;
        }
    }

    private static void Distribute(FirmState firm)
    {
        var total = Math.Exp(firm.LogSize);
        var establishments = firm.Establishments;
        for (var i = 0; i < establishments.Length; i++)
        {
            var h = (int)Math.Round(total * firm.Profile.Establishments[i].Share);
            establishments[i].Headcount = i == 0 ? Math.Max(1, h) : h;
        }
    }
}
