using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Simulator.Population;
using SignauxFaibles.Simulator.Randomness;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// The mutable life of one firm. Only the firm's own step touches it, with the firm's own random stream,
/// so firms can be stepped in any order or in parallel with identical results.
/// </summary>
internal sealed class FirmState
{
    public FirmState(FirmProfile profile, Rng rng)
    {
        Profile = profile;
        Rng = rng;
        Establishments = [.. profile.Establishments.Select(_ => new EstablishmentState())];
    }

    public FirmProfile Profile { get; }

    /// <summary>The firm's random stream (a field so processes can draw through <c>ref</c>).</summary>
    public Rng Rng;

    /// <summary>The supplier payment process's own stream, so adding it left every other draw unchanged.</summary>
    public Rng SupplierRng;

    /// <summary>Whether credit insurers observe the firm's supplier payments, and its usual delay (days).</summary>
    public (bool Covered, double Habit) SupplierProfile { get; set; }

    public EstablishmentState[] Establishments { get; }

    public FirmStatus Status { get; set; } = FirmStatus.NotYetCreated;

    /// <summary>Long-run health (a plan of continuation raises it: the firm was restructured).</summary>
    public double Baseline { get; set; }

    /// <summary>Latent health without the temporary crisis drop (AR(1) around <see cref="Baseline"/>).</summary>
    public double Latent { get; set; }

    /// <summary>Health this month, crisis drop included: what every observable responds to.</summary>
    public double Health { get; set; }

    /// <summary>Health as the failure hazard sees it: only part of a crisis drop passes through.</summary>
    public double RiskHealth { get; set; }

    public double LogSize { get; set; }

    public double WageFactor { get; set; }

    /// <summary>Establishments of firms below 10 employees declare quarterly.</summary>
    public bool QuarterlyPayer { get; set; }

    // Procédures
    public Month? FirstJudgment { get; set; }

    public ProcolAction? Procedure { get; set; }

    public bool UnderPlan { get; set; }

    public Month NextStage { get; set; }

    public bool ClosureDelivered { get; set; }

    public Month? Cloture { get; set; }

    // Payment plans and CCSF
    public int PlanCounter { get; set; }

    public Month PlanEnd { get; set; }

    public bool PlanActive { get; set; }

    public bool PlanBroken { get; set; }

    /// <summary>0 none, 1 requested (DEBUT), 2 approved.</summary>
    public int CcsfStage { get; set; }

    // Activité partielle
    public int ApCounter { get; set; }

    public int LastCrisisApRequest { get; set; } = int.MinValue;

    public int LastApYear { get; set; }

    // Financial statements: accumulators of the running fiscal year
    public double YearPayroll { get; set; }

    public double YearHealth { get; set; }

    public double YearHeadcount { get; set; }

    public int YearMonths { get; set; }

    public double? CapitauxPropres { get; set; }

    /// <summary>Share capital, set with the first equity and fixed afterwards (losses erode equity, not capital).</summary>
    public double? CapitalSocial { get; set; }

    public int StatementsDelivered { get; set; }

    /// <summary>Events already built for a later delivery (activité partielle next month, statements months later).</summary>
    public List<FirmEvent> Pending { get; } = [];

    // Oracle: scores of the last months whose 18-month label is not known yet
    public float[]? PendingScores { get; set; }

    public int PendingFrom { get; set; }

    public int PendingTo { get; set; }

    public int MonthsActiveInRun { get; set; }

    public int LastActiveYear { get; set; }

    public int MonthsClosed { get; set; }

    public decimal Debt
    {
        get
        {
            var sum = 0m;
            foreach (var e in Establishments)
            {
                sum += e.Debt;
            }

            return sum;
        }
    }

    public bool IsOperating => Status is FirmStatus.Active or FirmStatus.InProcedure;

    public int Headcount
    {
        get
        {
            var sum = 0;
            foreach (var e in Establishments)
            {
                sum += e.Headcount;
            }

            return sum;
        }
    }
}
