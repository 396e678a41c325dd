using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Features;

public class PointInTimeTests
{
    private static readonly FirmEvent[] Events =
    [
        Bilan("2020-12-31", 900_000, delivered: "2021-08-16"),
        Cotisation("2021-01", 1, 100, delivered: "2021-02-20"),
        Cotisation("2021-01", 1, 160, delivered: "2021-09-20"),
    ];

    [Fact]
    public void Compute_StatementDeliveredInAugust_IsUnknownBeforeAugust()
    {
        Assert.True(double.IsNaN(PointInTime.Compute(Siren, Events, M("2021-07"))["ca"]));
        Assert.Equal(900_000, PointInTime.Compute(Siren, Events, M("2021-08"))["ca"]);

        // Hindsight: the whole history leaks the statement into earlier months.
        Assert.Equal(900_000, FeatureCalculator.Compute(FirmHistory.Build(Siren, Events), M("2021-07"))["ca"]);
    }

    [Fact]
    public void Panel_LaterCorrection_AppliesFromItsDeliveryMonthOnly()
    {
        var panel = PointInTime.Panel(Siren, Events, M("2021-01"), M("2021-10")).ToDictionary(v => v.Month);

        Assert.True(double.IsNaN(panel[M("2021-01")]["cotisation_moy_12m"]));
        Assert.Equal(100, panel[M("2021-02")]["cotisation_moy_12m"]);
        Assert.Equal(100, panel[M("2021-08")]["cotisation_moy_12m"]);
        Assert.Equal(160, panel[M("2021-09")]["cotisation_moy_12m"]);
        Assert.Equal(M("2021-08").EndExclusive.AddDays(-1), PointInTime.CutOf(M("2021-08")));
    }
}
