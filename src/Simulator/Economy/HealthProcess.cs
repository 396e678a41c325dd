namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// Latent health: AR(1) around the firm's baseline, plus the sector and regional shocks of the month and,
/// in a crisis, a temporary drop proportional to the sector's exposure (and a little lasting damage).
/// </summary>
internal static class HealthProcess
{
    public static void Initialise(FirmState firm, Calibration c)
    {
        firm.Baseline = firm.Profile.BaselineHealth;
        var stationarySd = c.HealthShockSd / Math.Sqrt(1 - c.HealthPersistence * c.HealthPersistence);
        firm.Latent = firm.Baseline + firm.Rng.Normal(0, stationarySd);
        firm.Health = firm.Latent;
        firm.RiskHealth = firm.Latent;
    }

    public static void Step(FirmState firm, StepContext context)
    {
        var c = context.Calibration;
        var exposure = firm.Profile.Sector.CrisisExposure;
        var m = context.Month;
        firm.Latent = firm.Baseline + c.HealthPersistence * (firm.Latent - firm.Baseline)
            + firm.Rng.Normal(0, c.HealthShockSd)
            + context.Macro.SharedShock(m, firm.Profile.Sector.Index, firm.Profile.RegionIndex)
            - c.CrisisScarPerMonth * exposure * context.Macro.CrisisScar(m);
        var drop = c.CrisisHealthImpact * exposure * context.Macro.CrisisIntensity(m);
        firm.Health = firm.Latent - drop;
        firm.RiskHealth = firm.Latent - c.CrisisHazardPassThrough * drop;
    }
}
