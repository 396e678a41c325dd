using SignauxFaibles.Domain.Time;
using SignauxFaibles.Simulator.Population;
using SignauxFaibles.Simulator.Randomness;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// What every firm of a sector or région shares in a month: AR(1) sector and regional shocks, and the
/// crisis schedule (its intensity, which decays once it is over, and the public support that holds
/// failures down meanwhile). Drawn once per run from the seed, before any firm.
/// </summary>
public sealed class MacroEnvironment
{
    private const ulong MacroStream = 2;

    private readonly int firstIndex;
    private readonly double[,] sector;
    private readonly double[,] region;
    private readonly double[] crisis;
    private readonly double[] support;
    private readonly double[] scar;

    public MacroEnvironment(ulong seed, Month first, int months, int regions, Calibration calibration, CrisisSpec? crisisSpec)
    {
        firstIndex = first.Index;
        var sectors = SectorProfile.All.Count;
        // Keep room after the run so the oracle can look 18 months ahead of the last months.
        var horizon = months + 24;
        sector = new double[horizon, sectors];
        region = new double[horizon, regions];
        crisis = new double[horizon];
        support = new double[horizon];
        scar = new double[horizon];
        var rng = Rng.For(seed, MacroStream);
        var sectorShockSd = calibration.SectorShockSd / Math.Sqrt(1 - calibration.SectorShockPersistence * calibration.SectorShockPersistence);
        var regionShockSd = calibration.RegionShockSd / Math.Sqrt(1 - calibration.RegionShockPersistence * calibration.RegionShockPersistence);
        for (var t = 0; t < horizon; t++)
        {
            for (var s = 0; s < sectors; s++)
            {
                sector[t, s] = t == 0
                    ? rng.Normal(0, sectorShockSd)
                    : calibration.SectorShockPersistence * sector[t - 1, s] + rng.Normal(0, calibration.SectorShockSd);
            }

            for (var r = 0; r < regions; r++)
            {
                region[t, r] = t == 0
                    ? rng.Normal(0, regionShockSd)
                    : calibration.RegionShockPersistence * region[t - 1, r] + rng.Normal(0, calibration.RegionShockSd);
            }

            var month = new Month(firstIndex + t);
            if (crisisSpec is not null && month >= crisisSpec.Start && month < crisisSpec.EndExclusive)
            {
                crisis[t] = 1;
                scar[t] = 1;
                support[t] = calibration.CrisisSupportHazardFactor;
            }
            else
            {
                crisis[t] = t == 0 ? 0 : crisis[t - 1] * calibration.CrisisRecoveryRate;
                var supported = crisisSpec is not null && month >= crisisSpec.EndExclusive
                    && month < crisisSpec.EndExclusive.AddMonths(calibration.CrisisSupportExtraMonths);
                support[t] = supported ? calibration.CrisisSupportHazardFactor : 1;
            }
        }

        Crisis = crisisSpec;
    }

    public CrisisSpec? Crisis { get; }

    /// <summary>Innovation added to the latent health of a firm of this sector and région this month.</summary>
    public double SharedShock(Month m, int sectorIndex, int regionIndex)
    {
        var t = Offset(m);
        return sector[t, sectorIndex] + region[t, regionIndex];
    }

    /// <summary>Crisis intensity: 1 during the crisis, decaying afterwards, 0 without crisis.</summary>
    public double CrisisIntensity(Month m) => crisis[Offset(m)];

    /// <summary>1 during the months of the crisis itself (lasting damage accrues then).</summary>
    public double CrisisScar(Month m) => scar[Offset(m)];

    public bool InCrisis(Month m) => scar[Offset(m)] > 0;

    /// <summary>Hazard multiplier from public support.</summary>
    public double Support(Month m) => support[Offset(m)];

    private int Offset(Month m) => Math.Clamp(m.Index - firstIndex, 0, crisis.Length - 1);
}
