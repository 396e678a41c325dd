using System.Globalization;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Perimeter;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Simulator.Economy;
using SignauxFaibles.Simulator.Randomness;

namespace SignauxFaibles.Simulator.Population;

/// <summary>
/// Draws the firms of a run. Firm <c>i</c> depends only on (seed, i), so a firm can be generated lazily and
/// identically whatever the population size around it, and populations of different seeds differ.
/// </summary>
public sealed class PopulationGenerator
{
    private const ulong PopulationStream = 1;

    private readonly ulong seed;
    private readonly Calibration calibration;
    private readonly Month start;
    private readonly int months;
    private readonly ReferenceTables reference;
    private readonly double[] sectorCumulative;
    private readonly Departement[] departements;
    private readonly double[] departementCumulative;
    private readonly IReadOnlyList<string> regionCodes;
    private readonly ulong sirenMultiplier;
    private readonly ulong sirenOffset;

    public PopulationGenerator(ulong seed, Month start, int months, Calibration calibration, ReferenceTables? reference = null)
    {
        this.seed = seed;
        this.start = start;
        this.months = months;
        this.calibration = calibration;
        this.reference = reference ?? ReferenceTables.Default;
        sectorCumulative = Cumulative(SectorProfile.All.Select(s => s.Weight));
        departements = [.. this.reference.Departements.Where(d => d.RegionCode != "00")];
        departementCumulative = Cumulative(departements.Select(d => DepartementWeights.Of(d.Code)));
        regionCodes = RegionCodes(this.reference);

        // SIRENs are an affine permutation of the firm index: unique, scattered, and seed-dependent.
        var rng = Rng.For(seed, PopulationStream, ulong.MaxValue);
        var a = (rng.NextUInt64() % 10_000_000) * 2 + 1;
        while (a % 5 == 0 || a % 7 == 0)
        {
            a += 2;
        }

        sirenMultiplier = a;
        sirenOffset = rng.NextUInt64() % SirenSpace;
    }

    /// <summary>The région codes, in the order of the region shock table.</summary>
    public IReadOnlyList<string> Regions => regionCodes;

    // 8-digit SIREN prefixes from 30000000 to 99999999 (real SIRENs rarely start with 0-2).
    private const ulong SirenSpace = 70_000_000;

    public static IReadOnlyList<string> RegionCodes(ReferenceTables reference) =>
        [.. reference.Departements.Select(d => d.RegionCode).Where(r => r != "00").Distinct().Order(StringComparer.Ordinal)];

    public FirmProfile Generate(int index)
    {
        var rng = Rng.For(seed, PopulationStream, (ulong)index);
        var prefix = 30_000_000 + (sirenMultiplier * (ulong)index + sirenOffset) % SirenSpace;
        var siren = Siren.Complete(prefix.ToString("D8", CultureInfo.InvariantCulture));

        var sector = SectorProfile.All[rng.Pick(sectorCumulative)];
        var candidates = reference.BySection[sector.Section];
        var naf = candidates[rng.Next(0, candidates.Count)];

        // Creation: most firms exist before the run; a few are born during it.
        var bornDuringRun = months > 1 && rng.Bernoulli(Math.Min(0.3, calibration.BirthRatePerYear * months / 12.0));
        Month activeFrom;
        DateOnly dateCreation;
        if (bornDuringRun)
        {
            activeFrom = start.AddMonths(rng.Next(1, months));
            dateCreation = activeFrom.FirstDay.AddDays(rng.Next(0, 28));
        }
        else
        {
            activeFrom = start;
            var ageYears = rng.Bernoulli(0.12) ? rng.Uniform(0.2, 3) : 3 + rng.Exponential(14);
            dateCreation = start.FirstDay.AddDays(-(int)Math.Min(ageYears * 365.25, 90 * 365.25));
        }

        var headcount = DrawHeadcount(ref rng, bornDuringRun);
        var ageAtStart = (activeFrom.FirstDay.DayNumber - dateCreation.DayNumber) / 365.25;

        var category = DrawCategory(ref rng, sector.Section);
        var siegeDepartement = departements[rng.Pick(departementCumulative)];
        string raisonSociale;
        string? nom = null, prenom = null, sigle = null;
        if (category == "1000")
        {
            (nom, prenom) = NameGenerator.Person(ref rng);
            raisonSociale = "";
        }
        else
        {
            (raisonSociale, sigle) = NameGenerator.Company(ref rng, sector.Section, siegeDepartement.Name);
        }

        var establishments = DrawEstablishments(ref rng, siren, headcount, siegeDepartement, dateCreation, activeFrom);

        var baseline = rng.Normal(0, calibration.BaselineHealthSd)
            + sector.HealthOffset
            + (ageAtStart < 3 ? -calibration.YoungFirmPenalty : 0)
            + calibration.SizeHealthSlope * Math.Log(Math.Max(headcount, 1) / 10.0);

        var publishProbability = headcount < 20 ? 0.62 : headcount < 50 ? 0.75 : 0.88;
        var closeMonth = rng.Bernoulli(0.8) ? 12 : rng.Next(0, 4) switch { 0 => 3, 1 => 6, 2 => 9, _ => rng.Next(1, 12) };

        return new FirmProfile
        {
            Index = index,
            Siren = siren,
            RaisonSociale = raisonSociale,
            NomUniteLegale = nom,
            PrenomUniteLegale = prenom,
            Sigle = sigle,
            CategorieJuridique = category,
            Naf = naf,
            Sector = sector,
            DateCreation = dateCreation,
            ActiveFrom = activeFrom,
            InitialHeadcount = headcount,
            BaselineHealth = baseline,
            PublishesFinancials = rng.Bernoulli(publishProbability),
            FiscalCloseMonth = closeMonth,
            InPerimeter = headcount >= 10 && IsEligibleActivity(naf) && !PerimeterRule.IsPublicCategory(category),
            RegionIndex = IndexOfRegion(siegeDepartement.RegionCode),
            Establishments = establishments,
        };
    }

    /// <summary>Perimeter exclusions by activity, the domain's own rule (public administration, finance, schools, non-market bodies).</summary>
    public static bool IsEligibleActivity(NafSubClass naf) => PerimeterRule.ExcludedActivity(naf.Ape) is null;

    private int DrawHeadcount(ref Rng rng, bool newborn)
    {
        if (rng.Bernoulli(calibration.SmallFirmShare))
        {
            return rng.Next(1, 10);
        }

        // Newborn firms start smaller: a steeper tail.
        var alpha = newborn ? calibration.HeadcountParetoAlpha + 0.6 : calibration.HeadcountParetoAlpha;
        var h = 10 * Math.Pow(rng.NextDoubleOpenZero(), -1 / alpha);
        return (int)Math.Min(calibration.HeadcountCap, Math.Floor(h));
    }

    private static string DrawCategory(ref Rng rng, char section)
    {
        if (section == 'O')
        {
            return rng.Bernoulli(0.7) ? "7220" : "7312";
        }

        if (section is 'Q' or 'R' or 'S' or 'P' && rng.Bernoulli(0.15))
        {
            return "9220";
        }

        var u = rng.NextDouble();
        return u switch
        {
            < 0.42 => "5499",
            < 0.78 => "5710",
            < 0.83 => "5720",
            < 0.89 => "5599",
            < 0.93 => "5498",
            < 0.95 => "5202",
            < 0.96 => "1000",
            < 0.98 => "5485",
            _ => "6540",
        };
    }

    private List<EstablishmentProfile> DrawEstablishments(ref Rng rng, string siren, int headcount, Departement siegeDepartement, DateOnly firmCreation, Month activeFrom)
    {
        var extra = Math.Min(150, rng.Poisson(Math.Max(0, (headcount - 20) / 70.0)));
        var weights = new double[extra + 1];
        weights[0] = 1.5;
        for (var i = 1; i <= extra; i++)
        {
            weights[i] = rng.Exponential(1);
        }

        var total = weights.Sum();
        var list = new List<EstablishmentProfile>(extra + 1);
        for (var i = 0; i <= extra; i++)
        {
            var departement = i == 0 ? siegeDepartement : SecondaryDepartement(ref rng, siegeDepartement);
            var nic4 = (i + 1).ToString("D4", CultureInfo.InvariantCulture);
            var siret = Siret.Complete(siren, nic4);
            var commune = rng.Next(1, 900);
            var codeCommune = departement.Code.Length == 3
                ? departement.Code + (commune % 100).ToString("D2", CultureInfo.InvariantCulture)
                : departement.Code + commune.ToString("D3", CultureInfo.InvariantCulture);
            var postalPrefix = departement.Code switch
            {
                "2A" or "2B" => "20",
                { Length: 3 } d => d,
                var d => d,
            };
            var codePostal = postalPrefix.Length == 3
                ? postalPrefix + (rng.Next(0, 10) * 10).ToString("D2", CultureInfo.InvariantCulture)
                : postalPrefix + (rng.Next(0, 100) * 10).ToString("D3", CultureInfo.InvariantCulture);
            var created = i == 0
                ? firmCreation
                : Max(firmCreation, activeFrom.FirstDay.AddDays(-rng.Next(0, 20 * 365)));
            list.Add(new EstablishmentProfile(
                siret,
                siret[9..],
                i == 0,
                departement,
                codeCommune,
                codePostal,
                NameGenerator.Commune(ref rng),
                Compte(ref rng),
                weights[i] / total,
                created));
        }

        return list;
    }

    private Departement SecondaryDepartement(ref Rng rng, Departement siege)
    {
        var u = rng.NextDouble();
        if (u < 0.55)
        {
            return siege;
        }

        if (u < 0.8)
        {
            var sameRegion = departements.Where(d => d.RegionCode == siege.RegionCode).ToArray();
            return sameRegion[rng.Next(0, sameRegion.Length)];
        }

        return departements[rng.Pick(departementCumulative)];
    }

    private static string Compte(ref Rng rng)
    {
        Span<char> digits = stackalloc char[18];
        digits[0] = (char)('1' + rng.Next(0, 9));
        for (var i = 1; i < 18; i++)
        {
            digits[i] = (char)('0' + rng.Next(0, 10));
        }

        return new string(digits);
    }

    private int IndexOfRegion(string code)
    {
        for (var i = 0; i < regionCodes.Count; i++)
        {
            if (regionCodes[i] == code)
            {
                return i;
            }
        }

        return 0;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var list = new List<double>();
        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += w;
            list.Add(sum);
        }

        return [.. list];
    }
}
