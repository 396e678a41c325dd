using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Scoring;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Features;

/// <summary>The supplier payment source, from events to the "Retards de paiement fournisseurs" features.</summary>
public class SupplierPaymentFeaturesTests
{
    private static PaiementsFournisseurs Paiement(string month, decimal delay, decimal fpi30, decimal fpi90, string delivered = "2000-01-01", int invoices = 10) => new()
    {
        Siren = Siren,
        DeliveredOn = D(delivered),
        Mois = M(month),
        NombreFactures = invoices,
        MontantFactures = 100_000,
        RetardMoyenJours = delay,
        Fpi30 = fpi30,
        Fpi90 = fpi90,
        MontantRetard30 = 100_000 * fpi30,
        MontantRetard90 = 100_000 * fpi90,
    };

    private static IEnumerable<FirmEvent> Year() =>
        Enumerable.Range(0, 13).Select(i => Paiement(M("2020-05").AddMonths(i).ToString(), 5 + (2 * i), 0.01m * i, 0.005m * i));

    [Fact]
    public void Compute_MonthlyHistory_GivesLevelsAndTrends()
    {
        var v = FeatureCalculator.Compute(FirmHistory.Build(Siren, Year()), M("2021-06"));

        Assert.Equal(29, v["paiement_retard_jours"]);
        Assert.Equal(6, v["paiement_retard_jours_var_3m"], 12);
        Assert.Equal(12, v["paiement_retard_jours_var_6m"], 12);
        Assert.Equal(24, v["paiement_retard_jours_var_12m"], 12);
        Assert.Equal(0.12, v["paiement_fpi_30"], 12);
        Assert.Equal(0.03, v["paiement_fpi_30_var_3m"], 12);
        Assert.Equal(0.12, v["paiement_fpi_30_var_12m"], 12);
        Assert.Equal(0.06, v["paiement_fpi_90"], 12);
        Assert.Equal(0.03, v["paiement_fpi_90_var_6m"], 12);
        Assert.Equal(12_000, v["paiement_montant_retard_30"], 9);
        Assert.Equal(6_000, v["paiement_montant_retard_90"], 9);
    }

    [Fact]
    public void Compute_LatestMonthTooOld_LeavesEveryPaymentFeatureMissing()
    {
        var v = FeatureCalculator.Compute(FirmHistory.Build(Siren, Year()), M("2021-05").AddMonths(1 + SupplierPaymentFeatures.StaleAfterMonths));

        Assert.All(SupplierPaymentFeatures.Definitions, d => Assert.True(double.IsNaN(v[d.Name]), d.Name));
    }

    [Fact]
    public void Compute_MissingEarlierMonth_LeavesOnlyThatTrendMissing()
    {
        var events = Year().Where(e => ((PaiementsFournisseurs)e).Mois != M("2021-02"));

        var v = FeatureCalculator.Compute(FirmHistory.Build(Siren, events), M("2021-05"));

        Assert.True(double.IsNaN(v["paiement_retard_jours_var_3m"]));
        Assert.Equal(12, v["paiement_retard_jours_var_6m"], 12);
    }

    [Fact]
    public void Compute_MonthWithoutInvoices_IsNoLevel()
    {
        var v = FeatureCalculator.Compute(FirmHistory.Build(Siren, [Paiement("2021-05", 0, 0, 0, invoices: 0)]), M("2021-05"));

        Assert.True(double.IsNaN(v["paiement_retard_jours"]));
    }

    [Fact]
    public void Apply_LaterDeliveryOfAMonth_IsACorrectionWhateverTheOrder()
    {
        var first = Paiement("2021-05", 10, 0.1m, 0, "2021-06-07");
        var corrected = Paiement("2021-05", 40, 0.3m, 0.1m, "2021-07-07");

        var inOrder = FeatureCalculator.Compute(FirmHistory.Build(Siren, [first, corrected]), M("2021-05"));
        var reversed = FeatureCalculator.Compute(FirmHistory.Build(Siren, [corrected, first]), M("2021-05"));

        Assert.Equal(40, inOrder["paiement_retard_jours"]);
        Assert.True(inOrder.SameValues(reversed));
    }

    [Fact]
    public void State_RoundTrip_KeepsTheSupplierPayments()
    {
        var history = FirmHistory.Build(Siren, Year());

        var restored = FirmHistory.FromState(history.ToState());

        Assert.Equal(13, restored.PaiementsFournisseurs.Length);
        Assert.True(FeatureCalculator.Compute(history, M("2021-06")).SameValues(FeatureCalculator.Compute(restored, M("2021-06"))));
    }

    [Fact]
    public void PointInTime_MonthDeliveredLater_IsNotKnownBefore()
    {
        var events = new FirmEvent[] { Paiement("2021-04", 10, 0.1m, 0, "2021-05-07"), Paiement("2021-05", 30, 0.2m, 0, "2021-06-07") };

        var v = FeatureCalculator.Compute(FirmHistory.Build(Siren, events, D("2021-05-31")), M("2021-05"));

        Assert.Equal(10, v["paiement_retard_jours"]);
    }

    [Fact]
    public void Features_AllFeedTheSupplierDelaysGroup() =>
        Assert.All(SupplierPaymentFeatures.Definitions, d =>
        {
            Assert.Equal(FeatureGroup.RetardsPaiement, d.Group);
            Assert.Equal(ExplanationGroup.RetardsPaiement, ExplanationGroups.Of(d.Group));
            Assert.True(FeatureSchema.IndexOf(d.Name) >= 0);
        });
}
