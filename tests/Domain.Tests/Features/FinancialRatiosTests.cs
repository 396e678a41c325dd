using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Features;

public class FinancialRatiosTests
{
    private static readonly FinancialFigures Figures = new()
    {
        ChiffreAffaires = 900_000, ExcedentBrutExploitation = 45_000, ResultatExploitation = 20_000, ValeurAjoutee = 300_000,
        ChargesPersonnel = 240_000, CapitauxPropres = -10_000, Dettes = 500_000, BesoinFondsRoulement = 70_000, Tresorerie = 20_000,
        FraisFinanciers = 9_000, CapaciteAutofinancement = 30_000, DettesFinancieres = 200_000, DettesFournisseurs = 90_000,
        CreancesClients = 150_000, Achats = 400_000, ActifCirculant = 350_000, DettesCourtTerme = 300_000, TotalBilan = 600_000,
        FondsRoulementNetGlobal = 50_000, ResultatNet = 5_000, Effectif = 25,
    };

    [Fact]
    public void Ratios_TwelveMonthYear_AreTheTextbookOnes()
    {
        Assert.Equal(0.05, FinancialRatios.TauxMarge(Figures));
        Assert.Equal(0.8, FinancialRatios.ChargesPersonnelVa(Figures));
        Assert.Equal(6.0, FinancialRatios.DetteNetteCaf(Figures, 12));
        Assert.Equal(350.0 / 300, FinancialRatios.LiquiditeGenerale(Figures));
        Assert.Equal(1.0, FinancialRatios.CapitauxPropresNegatifs(Figures));
        Assert.Equal(20_000.0 / 600_000, FinancialRatios.RentabiliteEconomique(Figures, 12));
        Assert.Equal(-10_000.0 / 600_000, FinancialRatios.SoliditeFinanciere(Figures));
        Assert.Equal(0.2, FinancialRatios.FraisFinanciersEbe(Figures));
        Assert.Equal(-20.0, FinancialRatios.Endettement(Figures));
        Assert.Equal(60.0, FinancialRatios.DelaiClientsJours(Figures, 12), 10);
        Assert.Equal(81.0, FinancialRatios.DelaiFournisseursJours(Figures, 12), 10);
        Assert.Equal(20.0, FinancialRatios.PoidsFrng(Figures, 12), 10);
        Assert.Equal(12_000.0, FinancialRatios.VaParEffectif(Figures, 12, double.NaN));
    }

    [Fact]
    public void Ratios_EighteenMonthYear_AnnualiseFlowsAgainstStocks()
    {
        Assert.Equal(20_000.0 * 12 / 18 / 600_000, FinancialRatios.RentabiliteEconomique(Figures, 18));
        Assert.Equal(150_000 / (900_000.0 * 12 / 18) * 360, FinancialRatios.DelaiClientsJours(Figures, 18), 10);
        Assert.Equal(0.05, FinancialRatios.TauxMarge(Figures));
    }

    [Fact]
    public void Ratios_MissingOrZeroDenominator_AreMissing()
    {
        var empty = Figures with { ChiffreAffaires = 0, CapitauxPropres = double.NaN, Effectif = double.NaN };

        Assert.True(double.IsNaN(FinancialRatios.TauxMarge(empty)));
        Assert.True(double.IsNaN(FinancialRatios.CapitauxPropresNegatifs(empty)));
        Assert.True(double.IsNaN(FinancialRatios.VaParEffectif(empty, 12, 0)));
        Assert.Equal(30_000.0, FinancialRatios.VaParEffectif(empty, 12, 10));
        Assert.True(double.IsNaN(FinancialRatios.Ratio(1e308, 1e-10)));
    }

    [Fact]
    public void CaVariation_PreviousYear_IsRelativeToItsAbsoluteValue()
    {
        StatementFact Statement(double ca, int duree = 12) => new()
        {
            DateCloture = D("2020-12-31"), Source = "bdf", DureeExerciceMois = duree, DeliveredOn = D("2021-06-01"),
            Figures = Figures with { ChiffreAffaires = ca },
        };

        Assert.Equal(-0.1, FinancialRatios.CaVariation(Statement(900_000), Statement(1_000_000)), 12);
        Assert.Equal(2.0, FinancialRatios.CaVariation(Statement(100), Statement(-100)));
        Assert.Equal(0.0, FinancialRatios.CaVariation(Statement(1_200_000), Statement(1_800_000, 18)), 12);
        Assert.True(double.IsNaN(FinancialRatios.CaVariation(Statement(100), Statement(0))));
    }
}
