using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// The true monthly hazard of a first judgment and the oracle's 18-month probability. The oracle knows
/// everything the simulator knows at the end of a month (latent health, baseline, the crisis and support
/// schedule) but not the future shocks: it projects the expected health path and compounds the hazards.
/// </summary>
internal static class Hazard
{
    public const int Horizon = 18;

    public static double Monthly(double health, double support, Calibration c) =>
        support / (1 + Math.Exp(-(c.HazardIntercept - c.HazardSlope * health)));

    /// <summary>P(first judgment in months m+1..m+18 | state at the end of m).</summary>
    public static double Probability18(FirmState firm, Month m, StepContext context)
    {
        var c = context.Calibration;
        var exposure = firm.Profile.Sector.CrisisExposure;
        var latent = firm.Latent;
        var survival = 1.0;
        for (var k = 1; k <= Horizon; k++)
        {
            var month = m.AddMonths(k);
            latent = firm.Baseline + c.HealthPersistence * (latent - firm.Baseline)
                - c.CrisisScarPerMonth * exposure * context.Macro.CrisisScar(month);
            var health = latent - c.CrisisHazardPassThrough * c.CrisisHealthImpact * exposure * context.Macro.CrisisIntensity(month);
            survival *= 1 - Monthly(health, context.Macro.Support(month), c);
        }

        return 1 - survival;
    }
}
