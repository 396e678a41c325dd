using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Features;

/// <summary>One hand-built firm, its features at 2021-06 computed by hand.</summary>
public class FeatureCalculatorTests
{
    private static readonly FeatureVector V = FeatureCalculator.Compute(FirmHistory.Build(Siren, Events()), M("2021-06"));

    private static List<FirmEvent> Events()
    {
        // Establishment 1: 20 employees from 2019-06 to 2021-03, except 22 in 2019-12, 25 in 2020-06 and 24 in 2021-03.
        var etab1 = Enumerable.Repeat(20, 22).ToArray();
        etab1[6] = 22;
        etab1[12] = 25;
        etab1[21] = 24;
        var bilan2020 = Bilan("2020-12-31", 900_000) with
        {
            ExcedentBrutExploitation = 45_000, ResultatExploitation = 20_000, ValeurAjoutee = 300_000, ChargesPersonnel = 240_000,
            CapitauxPropres = -10_000, BesoinFondsRoulement = 70_000, Tresorerie = 20_000, FraisFinanciers = 9_000,
            CapaciteAutofinancement = 30_000, DettesFinancieres = 200_000, DettesFournisseurs = 90_000, CreancesClients = 150_000,
            Achats = 400_000, ActifCirculant = 350_000, DettesCourtTerme = 300_000, TotalBilan = 600_000,
            FondsRoulementNetGlobal = 50_000, Effectif = 25,
        };
        var bilan2019 = Bilan("2019-12-31", 1_000_000) with { ExcedentBrutExploitation = 80_000, ResultatExploitation = 50_000 };

        var events = new List<FirmEvent>
        {
            UniteLegale(ape: "25.62B", creation: "2010-06-15", nicSiege: "00001"),
            Etablissement(1, siege: true, departement: "01"),
            Effectif(1, "2019-06", etab1),
            Effectif(2, "2019-06", Enumerable.Repeat(6, 22).ToArray()),
            Cotisation("2021-04", 3, 600, etablissement: 2),
            Debit("1", 1, "2020-06-10", 1000, 3000),
            Debit("1", 2, "2021-02-25", 500, 1500),
            Debit("2", 1, "2021-05-05", 100, 100),
            Delai("D1", "2021-01-01", "2021-12-31", 364, 3650),
            Ccsf("2020-11-15"),
            ApDemande("A", "2021-04-01", "2021-07-31", 1000),
            ApConsommation("A", "2020-05", 999),
            ApConsommation("A", "2021-04", 300),
            ApConsommation("A", "2021-05", 200),
            ApConsommation("A", "2021-06", 150),
            bilan2019,
            bilan2020,
            Procedure("2021-06-20", ProcolAction.Redressement, ProcolStade.Ouverture),
        };
        foreach (var month in Enumerable.Range(0, 11).Select(i => M("2020-07").AddMonths(i)))
        {
            events.Add(Cotisation(month.ToString(), 1, 1000));
        }

        return events;
    }

    [Fact]
    public void Emploi_ForwardFilledFromMarch_WithPastValues()
    {
        Assert.Equal(30, V["effectif"]);
        Assert.Equal(1, V["effectif_reporte"]);
        Assert.Equal(26, V["effectif_6m"]);
        Assert.Equal(31, V["effectif_12m"]);
        Assert.Equal(28, V["effectif_18m"]);
        Assert.Equal(26, V["effectif_24m"]);
        Assert.Equal((30 - 26) / 26.0, V["effectif_var_6m"]);
        Assert.Equal((30 - 31) / 31.0, V["effectif_var_12m"]);
        Assert.Equal((30 - 26) / 26.0, V["effectif_var_24m"]);
    }

    [Fact]
    public void Cotisations_MonthlyAndSpreadQuarter_GiveDueAndMean()
    {
        // 2020-07..2021-03: 1000; 2021-04 and 05: 1000 + 200; 2021-06: 200 (a third of the quarter).
        Assert.Equal(200, V["cotisation_due"]);
        Assert.Equal((double)(11_600m / 12), V["cotisation_moy_12m"]);
    }

    [Fact]
    public void Dette_PartsLagsAndMeans_FollowTheOperations()
    {
        Assert.Equal((600, 1600, 2200), (V["dette_po"], V["dette_pp"], V["dette_totale"]));
        Assert.Equal((600, 500, 500, 1000, 1000), (V["dette_po_1m"], V["dette_po_2m"], V["dette_po_3m"], V["dette_po_6m"], V["dette_po_12m"]));
        Assert.Equal((1600, 1500, 1500, 3000, 3000), (V["dette_pp_1m"], V["dette_pp_2m"], V["dette_pp_3m"], V["dette_pp_6m"], V["dette_pp_12m"]));
        Assert.Equal((double)(6_400m / 3), V["dette_moy_3m"]);
        Assert.Equal((double)(16_400m / 6), V["dette_moy_6m"]);
        Assert.Equal((double)(40_400m / 12), V["dette_moy_12m"]);
        Assert.Equal(2200 / (double)(11_600m / 12), V["ratio_dette_cotisation"]);
        Assert.Equal(2200 / 30.0, V["dette_par_effectif"]);
        Assert.Equal(2200 / 30.0 - 2000 / 30.0, V["dette_par_effectif_var_3m"]);
    }

    [Fact]
    public void Delai_ActivePlan_GivesAmountDaysLeftAndDeviation()
    {
        Assert.Equal(1, V["delai_actif"]);
        Assert.Equal(3650, V["delai_montant"]);
        Assert.Equal(184, V["delai_jours_restants"]);
        Assert.Equal((2200 - 3650 * 184.0 / 364) / 3650, V["delai_ecart_lineaire"], 12);
        Assert.Equal(7, V["mois_depuis_ccsf"]);
    }

    [Fact]
    public void ActivitePartielle_HoursAndRatio_CountTheLast12Months()
    {
        Assert.Equal(1000 / 4.0, V["ap_heures_autorisees"]); // April to July: 1000 hours over 4 months
        Assert.Equal(150, V["ap_heures_consommees"]);
        Assert.Equal(650, V["ap_heures_consommees_cumul_12m"]);
        Assert.Equal(150 / (30 * 157.67), V["ratio_apart"]);
        Assert.Equal(1, V["ap_demande_12m"]);
    }

    [Fact]
    public void SanteFinanciere_LatestValidStatementAndPrevious_GiveRatios()
    {
        Assert.Equal(900_000, V["ca"]);
        Assert.Equal(-0.1, V["ca_var_1a"], 12);
        Assert.Equal(0.05, V["taux_marge"]);
        Assert.Equal((20_000, 45_000), (V["resultat_exploitation"], V["ebe"]));
        Assert.Equal(12_000, V["va_par_effectif"]);
        Assert.Equal(0.8, V["charges_personnel_va"]);
        Assert.Equal(6, V["dette_nette_caf"]);
        Assert.Equal(350.0 / 300, V["liquidite_generale"]);
        Assert.Equal(1, V["capitaux_propres_negatifs"]);
        Assert.Equal(70_000, V["bfr"]);
        Assert.Equal(20_000.0 / 600_000, V["rentabilite_economique"]);
        Assert.Equal(-10_000.0 / 600_000, V["solidite_financiere"]);
        Assert.Equal(0.2, V["frais_financiers_ebe"]);
        Assert.Equal(20, V["poids_frng"], 10);
        Assert.Equal(-20, V["endettement"]);
        Assert.Equal((1_000_000, 80_000, 50_000), (V["ca_precedent"], V["ebe_precedent"], V["resultat_exploitation_precedent"]));
        Assert.Equal(6, V["mois_depuis_cloture"]);
        Assert.Equal(60, V["delai_clients_jours"], 10);
        Assert.Equal(81, V["delai_fournisseurs_jours"], 10);
    }

    [Fact]
    public void Contexte_AgeActivityRegionProcedure()
    {
        Assert.Equal(132, V["age_mois"]);
        Assert.Equal(2, V["naf_section_code"]);
        Assert.Equal(25, V["naf_division"]);
        Assert.Equal(84, V["region_code"]);
        Assert.Equal(2, V["procol_etat"]);
    }

    [Fact]
    public void Compute_EmptyHistory_IsMissingExceptAbsencesThatMeanZero()
    {
        var v = FeatureCalculator.Compute(new FirmHistory(Siren), M("2021-06"));
        var known = FeatureSchema.All.Where((_, i) => !double.IsNaN(v.Values[i])).Select(f => f.Name).ToHashSet();

        string[] zeros =
        [
            "dette_po", "dette_pp", "dette_totale", "dette_po_1m", "dette_po_2m", "dette_po_3m", "dette_po_6m", "dette_po_12m",
            "dette_pp_1m", "dette_pp_2m", "dette_pp_3m", "dette_pp_6m", "dette_pp_12m", "dette_moy_3m", "dette_moy_6m", "dette_moy_12m",
            "delai_actif", "delai_montant", "ap_heures_autorisees", "ap_heures_consommees", "ap_heures_consommees_cumul_12m",
            "ap_demande_12m", "procol_etat",
        ];
        Assert.Equal(zeros.ToHashSet(), known);
        Assert.All(zeros, name => Assert.Equal(0, v[name]));
        Assert.Equal(FeatureSchema.Count, v.Values.Length);
        Assert.Equal(Siren, v.Siren);
    }

    [Fact]
    public void Compute_SameHistoryTwice_IsBitwiseEqual()
    {
        var h = FirmHistory.Build(Siren, Events());

        Assert.True(FeatureCalculator.Compute(h, M("2021-06")).SameValues(V));
    }
}
