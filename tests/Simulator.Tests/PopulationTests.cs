using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Simulator.Economy;
using SignauxFaibles.Simulator.Population;

namespace SignauxFaibles.Simulator.Tests;

public sealed class PopulationTests
{
    private static readonly List<FirmProfile> Firms =
        [.. Enumerable.Range(0, 20_000).Select(new PopulationGenerator(99, Month.Of(2019, 1), 60, Calibration.Default).Generate)];

    [Fact]
    public void Generate_Identifiers_AreValidAndUnique()
    {
        Assert.All(Firms, f => Assert.True(Siren.IsValid(f.Siren), f.Siren));
        Assert.Equal(Firms.Count, Firms.Select(f => f.Siren).Distinct().Count());
        var sirets = Firms.SelectMany(f => f.Establishments).Select(e => e.Siret).ToList();
        Assert.All(sirets, s => Assert.True(Siret.IsValid(s), s));
        Assert.All(Firms, f => Assert.All(f.Establishments, e => Assert.StartsWith(f.Siren, e.Siret, StringComparison.Ordinal)));
        Assert.Equal(sirets.Count, sirets.Distinct().Count());
    }

    [Fact]
    public void Generate_Headcounts_AreHeavyTailedWithMostFirmsBetween10And50()
    {
        var h = Firms.Select(f => f.InitialHeadcount).ToList();
        var between = h.Count(x => x is >= 10 and < 50) / (double)h.Count;
        Assert.InRange(between, 0.65, 0.9);
        Assert.InRange(h.Count(x => x >= 250) / (double)h.Count, 0.01, 0.06);
        Assert.True(h.Max() >= 2000, $"largest firm {h.Max()}");
        Assert.True(Firms.Average(f => f.Establishments.Count) is > 1.05 and < 2.5);
    }

    [Fact]
    public void Generate_Activities_OverRepresentIndustryAndUseRealNafCodes()
    {
        var naf = ReferenceTables.Default.SubClasses.Select(s => s.Ape).ToHashSet();
        Assert.All(Firms, f => Assert.Contains(f.Naf.Ape, naf));
        var industry = Firms.Count(f => f.Naf.Section == 'C') / (double)Firms.Count;
        Assert.InRange(industry, 0.13, 0.22);
        var departements = Firms.GroupBy(f => f.Siege.Departement.Code).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(departements.Count > 90);
        Assert.True(departements["75"] > 5 * departements.GetValueOrDefault("48"), "Paris weighs far more than Lozère");
    }

    [Fact]
    public void Generate_Perimeter_ExcludesSmallFirmsPublicBodiesAndFinance()
    {
        // Holdings (64.20Z) stay in the perimeter, as in the original (docs/alerts.md); the rest of K is out.
        Assert.All(Firms.Where(f => (f.Naf.Section is 'K' && f.Naf.Ape != "64.20Z") || f.Naf.Section is 'O' || f.InitialHeadcount < 10), f => Assert.False(f.InPerimeter));
        Assert.InRange(Firms.Count(f => f.InPerimeter) / (double)Firms.Count, 0.9, 0.97);
    }

    [Fact]
    public void Generate_SameIndex_IsIndependentOfPopulationSizeAndDiffersBetweenSeeds()
    {
        var again = new PopulationGenerator(99, Month.Of(2019, 1), 60, Calibration.Default).Generate(12_345);
        Assert.Equal(Firms[12_345].Siren, again.Siren);
        Assert.Equal(Firms[12_345].RaisonSociale, again.RaisonSociale);
        var other = new PopulationGenerator(100, Month.Of(2019, 1), 60, Calibration.Default).Generate(12_345);
        Assert.NotEqual(Firms[12_345].Siren, other.Siren);
    }
}
