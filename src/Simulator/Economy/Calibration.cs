namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// Every knob of the synthetic economy in one place, with the value a default run uses. docs/simulator.md
/// explains what each one targets and the rates they produce. Changing a value changes every output of a
/// seed: it is part of what a run is.
/// </summary>
public sealed record Calibration
{
    public static readonly Calibration Default = new();

    // Population
    /// <summary>Tail index of the Pareto law of headcounts above 10 (1.1: ~17% above 50, ~0.6% above 1,000).</summary>
    public double HeadcountParetoAlpha { get; init; } = 1.1;
    public int HeadcountCap { get; init; } = 30_000;
    /// <summary>Share of firms below 10 employees (out of perimeter, kept as the real base keeps them).</summary>
    public double SmallFirmShare { get; init; } = 0.04;
    /// <summary>Yearly share of firms created during the run (they appear at their creation month).</summary>
    public double BirthRatePerYear { get; init; } = 0.03;
    /// <summary>Cross-firm standard deviation of the baseline (long-run) health.</summary>
    public double BaselineHealthSd { get; init; } = 0.75;
    /// <summary>Baseline health penalty of a firm less than 3 years old.</summary>
    public double YoungFirmPenalty { get; init; } = 0.35;
    /// <summary>Baseline health gain per log-unit of size (bigger firms fail less).</summary>
    public double SizeHealthSlope { get; init; } = 0.08;

    // Latent health: x(t) = mu + rho (x(t-1) - mu) + sector + region + crisis + sigma eps
    public double HealthPersistence { get; init; } = 0.975;
    public double HealthShockSd { get; init; } = 0.15;
    public double SectorShockPersistence { get; init; } = 0.9;
    public double SectorShockSd { get; init; } = 0.012;
    public double RegionShockPersistence { get; init; } = 0.9;
    public double RegionShockSd { get; init; } = 0.007;
    /// <summary>Health drop at the worst of a crisis for a fully exposed sector (hotels-restaurants).</summary>
    public double CrisisHealthImpact { get; init; } = 1.0;
    /// <summary>Lasting damage to latent health per crisis month, for a fully exposed sector.</summary>
    public double CrisisScarPerMonth { get; init; } = 0.08;
    /// <summary>Monthly decay of the crisis impact once it is over.</summary>
    public double CrisisRecoveryRate { get; init; } = 0.75;

    // Failure hazard: logit h = HazardIntercept - HazardSlope * x
    public double HazardIntercept { get; init; } = -8.0;
    public double HazardSlope { get; init; } = 2.1;
    /// <summary>Share of the temporary crisis drop that reaches the failure hazard: the rest is a liquidity shock carried by activité partielle, deferrals and loans.</summary>
    public double CrisisHazardPassThrough { get; init; } = 0.3;
    /// <summary>Hazard multiplier while public support lasts (crisis and the months after): failures fall, as in 2020.</summary>
    public double CrisisSupportHazardFactor { get; init; } = 0.35;
    public int CrisisSupportExtraMonths { get; init; } = 12;
    /// <summary>Monthly hazard of a closure without procédure (cessation, merger): exits that are not failures.</summary>
    public double VoluntaryClosureHazard { get; init; } = 0.0007;

    // Employment and payroll
    public double HeadcountDrift { get; init; } = 0.001;
    public double HeadcountHealthSlope { get; init; } = 0.01;
    public double HeadcountNoiseSd { get; init; } = 0.012;
    /// <summary>Contributions / gross payroll (employer and employee shares).</summary>
    public double ContributionRate { get; init; } = 0.42;
    /// <summary>Employee share of contributions (part ouvrière).</summary>
    public double EmployeeShare { get; init; } = 0.3;

    // URSSAF debt
    /// <summary>logit P(shortfall on a month's contributions) = DebtIntercept + DebtSlope * stress + DebtPersistence * [already in debt].</summary>
    public double DebtIntercept { get; init; } = -5.9;
    public double DebtSlope { get; init; } = 2.2;
    public double DebtPersistence { get; init; } = 1.6;
    /// <summary>logit P(an open écart is repaid this month) = RepayIntercept + RepaySlope * health.</summary>
    public double RepayIntercept { get; init; } = -0.6;
    public double RepaySlope { get; init; } = 1.6;
    /// <summary>Share of contributions deferred during a crisis by an average firm.</summary>
    public double CrisisDeferralShare { get; init; } = 0.3;
    public double PaymentPlanProbability { get; init; } = 0.12;
    public double CcsfProbability { get; init; } = 0.03;

    // Activité partielle
    /// <summary>Health below which a firm may ask for activité partielle in normal times.</summary>
    public double ApHealthThreshold { get; init; } = -1.3;
    public double ApMonthlyProbability { get; init; } = 0.06;
    /// <summary>Share of a fully exposed sector's firms asking for activité partielle when a crisis starts.</summary>
    public double CrisisApShare { get; init; } = 0.85;
    /// <summary>Hourly allowance paid to the employer, EUR.</summary>
    public double ApHourlyAllowance { get; init; } = 7.5;

    // Financial statements
    /// <summary>Months between the fiscal close and the statement's delivery (a delivery lag of +-1 month is added).</summary>
    public int FinancialsDelayMonths { get; init; } = 8;
    /// <summary>Share of statements missing in a given year for a firm that publishes.</summary>
    public double FinancialsMissingYearShare { get; init; } = 0.08;

    // Delivery realism
    public double CotisationCorrectionRate { get; init; } = 0.01;
    public double DuplicateRate { get; init; } = 0.002;
    /// <summary>Share of the last month of an effectif delivery that is provisional (revised by the next delivery).</summary>
    public double ProvisionalHeadcountRate { get; init; } = 0.1;
}
