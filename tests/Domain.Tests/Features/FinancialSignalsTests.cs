using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Features;

/// <summary>The financial signals added for the original's list: ratios of the latest statement and N-1 / N-2.</summary>
public class FinancialSignalsTests
{
    private static EtatsFinanciers Statement(string cloture, decimal ca, decimal ebe) => new()
    {
        Siren = Siren, DeliveredOn = D("2000-01-01"), DateCloture = D(cloture), Source = "bdf",
        ChiffreAffaires = ca, ExcedentBrutExploitation = ebe, ResultatExploitation = ebe / 2, ValeurAjoutee = 400_000,
        CapitauxPropres = 200_000, BesoinFondsRoulement = 50_000, DettesFinancieres = 100_000, ActifCirculant = 300_000,
        DettesCourtTerme = 150_000, TotalBilan = 500_000, Stocks = 60_000, Disponibilites = 30_000,
        Investissements = 40_000, CapitalSocial = 80_000,
    };

    private static readonly FeatureVector V = FeatureCalculator.Compute(
        FirmHistory.Build(Siren, [Statement("2020-12-31", 1_200_000, 120_000), Statement("2019-12-31", 1_000_000, 50_000), Statement("2018-12-31", 900_000, 90_000)]),
        M("2021-09"));

    [Fact]
    public void Compute_LatestStatement_GivesTheNewRatios()
    {
        Assert.Equal(0.05, V["stocks_ca"], 12);
        Assert.Equal(1.6, V["liquidite_reduite"], 12);
        Assert.Equal(0.2, V["liquidite_immediate"], 12);
        Assert.Equal(0.1, V["taux_investissement"], 12);
        Assert.Equal(2.5, V["capitaux_propres_capital_social"], 12);
        Assert.Equal(0.25, V["bfr_capitaux_propres"], 12);
    }

    [Fact]
    public void Compute_ThreeYears_GivesNMinusOneAndNMinusTwo()
    {
        Assert.Equal(0.05, V["taux_marge_n1"], 12);
        Assert.Equal(0.1, V["taux_marge_n2"], 12);
        Assert.Equal(0.05, V["rentabilite_economique_n1"], 12);
        Assert.Equal(0.5, V["endettement_n2"], 12);
        Assert.Equal(2, V["liquidite_generale_n1"], 12);
        Assert.Equal(0.4, V["solidite_financiere_n2"], 12);
        Assert.Equal(900_000, V["ca_n2"]);
    }

    [Fact]
    public void Compute_OneStatementWithoutTheNewFigures_LeavesThemMissing()
    {
        var old = Statement("2020-12-31", 1_000_000, 50_000) with { Stocks = null, Disponibilites = null, Investissements = null, CapitalSocial = null };

        var v = FeatureCalculator.Compute(FirmHistory.Build(Siren, [old]), M("2021-09"));

        Assert.True(double.IsNaN(v["stocks_ca"]));
        Assert.True(double.IsNaN(v["capitaux_propres_capital_social"]));
        Assert.True(double.IsNaN(v["taux_marge_n1"]));
        Assert.Equal(0.25, v["bfr_capitaux_propres"], 12);
    }

    [Fact]
    public void Definitions_AreFinancialHealthFeaturesOfTheSchema() =>
        Assert.All(FinancialSignals.Definitions, d =>
        {
            Assert.Equal(FeatureGroup.SanteFinanciere, d.Group);
            Assert.True(FeatureSchema.IndexOf(d.Name) >= 0, d.Name);
        });
}
