using SignauxFaibles.Domain.Events;
using SignauxFaibles.Simulator.Population;
using SignauxFaibles.Simulator.Randomness;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// One month of one firm, in the order things happen: last month's pending deliveries go out, health moves,
/// the court may rule, jobs adjust, activité partielle is used, URSSAF settles contributions and debts, the
/// fiscal year may close, and effectif is delivered when it is the quarter's turn.
/// </summary>
internal static class FirmStepper
{
    private const ulong FirmStream = 10;

    /// <summary>Months a closed firm keeps being stepped (its last deliveries and judgments).</summary>
    private const int AfterlifeMonths = 40;

    public static FirmState Create(FirmProfile profile, ulong seed, StepContext firstMonth)
    {
        var firm = new FirmState(profile, Rng.For(seed, FirmStream, (ulong)profile.Index))
        {
            SupplierRng = Rng.For(seed, SupplierPaymentProcess.Stream, (ulong)profile.Index),
        };
        SupplierPaymentProcess.Initialise(firm);
        if (profile.ActiveFrom <= firstMonth.RunStart)
        {
            Initialise(firm, firstMonth.Calibration);
        }

        return firm;
    }

    public static void Step(FirmState firm, StepContext context, StepOutput output)
    {
        var m = context.Month;
        if (firm.Status == FirmStatus.NotYetCreated)
        {
            if (m < firm.Profile.ActiveFrom)
            {
                return;
            }

            Initialise(firm, context.Calibration);
            if (context.Emitting)
            {
                SireneProcess.EmitStock(firm, context.Calendar.Sirene(m), output.Events);
            }
        }
        else if (m == context.RunStart)
        {
            SireneProcess.EmitStock(firm, m.FirstDay, output.Events);
        }

        DeliverPending(firm, context, output);
        if (firm.Status is FirmStatus.Closed or FirmStatus.Liquidated && firm.Cloture is null && firm.ClosureDelivered)
        {
            return;
        }

        var wasActive = firm.Status == FirmStatus.Active;
        if (firm.IsOperating)
        {
            HealthProcess.Step(firm, context);
        }

        var runMonth = m.Index - context.RunStart.Index;
        if (context.Emitting && wasActive && firm.Profile.InPerimeter)
        {
            output.Stats.ActiveInPerimeter[runMonth]++;
            if (firm.LastActiveYear != m.Year)
            {
                firm.LastActiveYear = m.Year;
                output.Stats.FirmYears++;
            }
        }

        var firstJudgment = ProcedureProcess.Step(firm, context, output);
        OracleProcess.Step(firm, context, output, wasActive, firstJudgment);
        EmploymentProcess.Step(firm, context);
        ActivitePartielleProcess.Step(firm, context, output);
        UrssafProcess.Step(firm, context, output);
        FinancialsProcess.Step(firm, context);
        SupplierPaymentProcess.Step(firm, context);
        EffectifProcess.Step(firm, context, output);

        if (context.Emitting && firm.Status == FirmStatus.Active && firm.Profile.InPerimeter)
        {
            firm.MonthsActiveInRun++;
            if (firm.Debt > 0)
            {
                output.Stats.WithDebt[runMonth]++;
            }
        }

        if (!firm.IsOperating)
        {
            firm.MonthsClosed++;
            firm.ClosureDelivered = firm.MonthsClosed > AfterlifeMonths || (firm.Status == FirmStatus.Closed && firm.MonthsClosed > 14);
        }
    }

    private static void Initialise(FirmState firm, Calibration calibration)
    {
        firm.Status = FirmStatus.Active;
        HealthProcess.Initialise(firm, calibration);
        EmploymentProcess.Initialise(firm);
    }

    /// <summary>Emits the events built earlier for delivery this month; drops those meant for burn-in months.</summary>
    private static void DeliverPending(FirmState firm, StepContext context, StepOutput output)
    {
        var pending = firm.Pending;
        if (pending.Count == 0)
        {
            return;
        }

        var m = context.Month;
        var kept = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var e = pending[i];
            var month = Domain.Time.Month.From(e.DeliveredOn);
            if (month > m)
            {
                pending[kept++] = e;
            }
            else if (month == m && context.Emitting)
            {
                output.Events.Add(e);
            }
        }

        pending.RemoveRange(kept, pending.Count - kept);
    }
}
