namespace SignauxFaibles.Simulator.Truth;

/// <summary>
/// Counts behind the calibration rates. Plain sums, so per-chunk instances merge into the same totals
/// whatever the order.
/// </summary>
public sealed class RunStats
{
    public RunStats(int months)
    {
        Months = months;
        ActiveInPerimeter = new long[months];
        WithDebt = new long[months];
        WithActivitePartielle = new long[months];
        FirstJudgments = new long[months];
        Liquidations = new long[months];
    }

    public int Months { get; }

    /// <summary>Per run month: in-perimeter firms in bonis at the start of the month (at risk).</summary>
    public long[] ActiveInPerimeter { get; }

    /// <summary>Per run month: of those, firms with URSSAF debt at the end of the month.</summary>
    public long[] WithDebt { get; }

    /// <summary>Per run month: of those, firms consuming activité partielle.</summary>
    public long[] WithActivitePartielle { get; }

    /// <summary>Per run month: first judgments of in-perimeter firms.</summary>
    public long[] FirstJudgments { get; }

    /// <summary>Per run month: liquidations opened (first or later) of in-perimeter firms.</summary>
    public long[] Liquidations { get; }

    public long Sauvegardes { get; set; }

    public long Redressements { get; set; }

    public long LiquidationsDirectes { get; set; }

    public long PlansContinuation { get; set; }

    public long ConversionsToLiquidation { get; set; }

    public long VoluntaryClosures { get; set; }

    /// <summary>Firm-years (in perimeter, operating at some month of a calendar year of the run).</summary>
    public long FirmYears { get; set; }

    /// <summary>Firm-years with activité partielle consumed at some month of the year.</summary>
    public long FirmYearsWithActivitePartielle { get; set; }

    public long Corrections { get; set; }

    public long Duplicates { get; set; }

    public void Merge(RunStats other)
    {
        for (var i = 0; i < Months; i++)
        {
            ActiveInPerimeter[i] += other.ActiveInPerimeter[i];
            WithDebt[i] += other.WithDebt[i];
            WithActivitePartielle[i] += other.WithActivitePartielle[i];
            FirstJudgments[i] += other.FirstJudgments[i];
            Liquidations[i] += other.Liquidations[i];
        }

        Sauvegardes += other.Sauvegardes;
        Redressements += other.Redressements;
        LiquidationsDirectes += other.LiquidationsDirectes;
        PlansContinuation += other.PlansContinuation;
        ConversionsToLiquidation += other.ConversionsToLiquidation;
        VoluntaryClosures += other.VoluntaryClosures;
        FirmYears += other.FirmYears;
        FirmYearsWithActivitePartielle += other.FirmYearsWithActivitePartielle;
        Corrections += other.Corrections;
        Duplicates += other.Duplicates;
    }
}
