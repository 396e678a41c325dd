using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class CotisationRulesTests
{
    [Fact]
    public void Fill_QuarterAndMonth_SpreadsTheQuarterEvenly()
    {
        var h = FirmHistory.Build(Siren, [
            Cotisation("2020-01", 3, 300),
            Cotisation("2020-02", 1, 50, etablissement: 2),
        ]);
        var due = new decimal[5];
        var known = new bool[5];

        CotisationRules.Fill(h.Cotisations, M("2019-12"), due, known);

        Assert.Equal([0m, 100m, 150m, 100m, 0m], due);
        Assert.Equal([false, true, true, true, false], known);
    }

    [Fact]
    public void MonthlyShare_ThirdOfAnAmount_IsExactToTheDecimal() =>
        Assert.Equal(100m / 3, CotisationRules.MonthlyShare(new CotisationFact
        {
            Siret = Siret(), Compte = "C1", PeriodeDebut = M("2020-01"), PeriodeFin = M("2020-04"), Du = 100, DeliveredOn = D("2020-05-01"),
        }));

    [Fact]
    public void Apply_LaterDeliveryOfSamePeriod_ReplacesTheAmountInAnyOrder()
    {
        var first = Cotisation("2020-01", 1, 100, delivered: "2020-02-20");
        var correction = Cotisation("2020-01", 1, 120, delivered: "2020-05-20");

        foreach (var order in new[] { new[] { first, correction }, [correction, first] })
        {
            var h = FirmHistory.Build(Siren, order);
            var fact = Assert.Single(h.Cotisations.ToArray());
            Assert.Equal(120m, fact.Du);
        }
    }

    [Fact]
    public void Apply_SamePeriodOnTwoAccounts_KeepsBoth()
    {
        var h = FirmHistory.Build(Siren, [Cotisation("2020-01", 1, 100, compte: "C1"), Cotisation("2020-01", 1, 7, compte: "C2")]);
        var due = new decimal[1];
        var known = new bool[1];

        CotisationRules.Fill(h.Cotisations, M("2020-01"), due, known);

        Assert.Equal(107m, due[0]);
    }
}
