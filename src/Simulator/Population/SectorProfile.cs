using System.Collections.Frozen;

namespace SignauxFaibles.Simulator.Population;

/// <summary>
/// Economic profile of a NAF section: how common it is in the population, what a job costs and produces,
/// how risky it is and how hard a lockdown hits it. Orders of magnitude from public INSEE/Banque de France
/// aggregates (wage levels, value added per head, failure rates by sector), rounded; not fitted.
/// </summary>
/// <param name="Section">NAF section letter.</param>
/// <param name="Weight">Relative share of firms with 10+ employees (industry over-represented as in the Signaux Faibles perimeter).</param>
/// <param name="MonthlyWage">Average gross monthly wage per employee, EUR.</param>
/// <param name="ValueAddedPerHead">Value added per employee and year, EUR.</param>
/// <param name="PurchaseRatio">Purchases and external charges / turnover.</param>
/// <param name="HealthOffset">Shift of the baseline health (negative: more failures, as construction or hotels-restaurants).</param>
/// <param name="CrisisExposure">0..1: how much a lockdown hits the sector (1 = hotels-restaurants).</param>
/// <param name="StockDays">Inventory in days of turnover.</param>
/// <param name="AssetIntensity">Fixed assets / turnover.</param>
public sealed record SectorProfile(
    char Section,
    double Weight,
    double MonthlyWage,
    double ValueAddedPerHead,
    double PurchaseRatio,
    double HealthOffset,
    double CrisisExposure,
    double StockDays,
    double AssetIntensity)
{
    public static IReadOnlyList<SectorProfile> All { get; } =
    [
        new('A', 1.5, 2300, 60_000, 0.55, 0.00, 0.20, 60, 0.60),
        new('B', 0.3, 3200, 110_000, 0.50, 0.10, 0.30, 40, 0.80),
        new('C', 17.0, 3100, 85_000, 0.62, 0.00, 0.50, 60, 0.40),
        new('D', 0.3, 4200, 200_000, 0.60, 0.30, 0.10, 10, 1.50),
        new('E', 1.0, 2900, 80_000, 0.50, 0.15, 0.20, 10, 0.90),
        new('F', 15.0, 2700, 65_000, 0.55, -0.25, 0.45, 15, 0.20),
        new('G', 20.0, 2700, 75_000, 0.75, -0.10, 0.55, 45, 0.15),
        new('H', 6.0, 2800, 70_000, 0.50, -0.05, 0.50, 5, 0.50),
        new('I', 8.5, 2100, 45_000, 0.45, -0.35, 1.00, 8, 0.40),
        new('J', 4.0, 4000, 110_000, 0.40, 0.05, 0.15, 5, 0.25),
        new('K', 0.8, 4200, 150_000, 0.30, 0.20, 0.10, 0, 0.30),
        new('L', 1.2, 3000, 120_000, 0.50, 0.10, 0.20, 5, 2.00),
        new('M', 7.0, 3700, 90_000, 0.35, 0.10, 0.25, 5, 0.20),
        new('N', 8.0, 2500, 55_000, 0.30, -0.15, 0.50, 5, 0.20),
        new('O', 0.3, 3000, 60_000, 0.30, 0.50, 0.00, 0, 0.50),
        new('P', 0.8, 2600, 50_000, 0.30, 0.10, 0.40, 0, 0.30),
        new('Q', 5.0, 2500, 50_000, 0.25, 0.20, 0.30, 5, 0.40),
        new('R', 1.2, 2500, 60_000, 0.45, -0.15, 0.90, 5, 0.50),
        new('S', 2.0, 2300, 50_000, 0.40, -0.10, 0.70, 10, 0.20),
    ];

    public static FrozenDictionary<char, SectorProfile> BySection { get; } = All.ToFrozenDictionary(s => s.Section);

    /// <summary>Index of the section in <see cref="All"/> (used to index sector shocks).</summary>
    public int Index => IndexOf(Section);

    public static int IndexOf(char section)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Section == section)
            {
                return i;
            }
        }

        return -1;
    }
}
