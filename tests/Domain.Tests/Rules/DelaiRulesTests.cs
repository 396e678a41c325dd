using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class DelaiRulesTests
{
    [Fact]
    public void At_HalfwayThroughAPlan_GivesDaysLeftAndLinearDeviation()
    {
        var h = FirmHistory.Build(Siren, [Delai("D1", "2020-01-01", "2020-12-31", 365, 12_000)]);

        var situation = DelaiRules.At(h.Delais, D("2020-07-01"), dette: 8_000);

        Assert.True(situation.Actif);
        Assert.Equal(12_000m, situation.Montant);
        Assert.Equal(183, situation.JoursRestants);
        // 183 of 365 days left: a linear repayment would leave 12000 x 183/365 to pay.
        Assert.Equal((8_000 - 12_000 * 183.0 / 365) / 12_000, situation.EcartLineaire, 12);
    }

    [Theory]
    [InlineData("2019-12-31")]
    [InlineData("2021-01-01")]
    public void At_OutsideThePlan_IsNotActive(string date)
    {
        var h = FirmHistory.Build(Siren, [Delai("D1", "2020-01-01", "2020-12-31", 365, 12_000)]);

        Assert.Equal(DelaiSituation.None, DelaiRules.At(h.Delais, D(date), 100));
    }

    [Fact]
    public void At_TwoActivePlans_SumsAmountsAndTakesTheLastDueDate()
    {
        var h = FirmHistory.Build(Siren, [
            Delai("D1", "2020-01-01", "2020-12-31", 365, 1_000),
            Delai("D2", "2020-06-01", "2021-05-31", 0, 3_000),
        ]);

        var situation = DelaiRules.At(h.Delais, D("2020-12-01"), 0);

        Assert.Equal(2, situation.Actifs);
        Assert.Equal(4_000m, situation.Montant);
        Assert.Equal(D("2021-05-31").DayNumber - D("2020-12-01").DayNumber, situation.JoursRestants);
    }
}
