using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class HeadcountRulesTests
{
    [Fact]
    public void FirmAt_FirmLevelValueDelivered_WinsOverTheEstablishmentsSum()
    {
        var h = FirmHistory.Build(Siren, [Effectif(1, "2020-01", 8, 9), Effectif(2, "2020-01", 3, 3), EffectifEntreprise("2020-01", 12)]);

        Assert.Equal(new Headcount(12, true, M("2020-01")), HeadcountRules.FirmAt(h, M("2020-01")));
        Assert.Equal(new Headcount(12, true, M("2020-02")), HeadcountRules.FirmAt(h, M("2020-02")));
    }

    [Fact]
    public void FirmAt_MonthWithoutData_CarriesLastKnownForwardFlagged()
    {
        var h = FirmHistory.Build(Siren, [Effectif(1, "2020-01", 8, 9)]);

        var headcount = HeadcountRules.FirmAt(h, M("2020-06"));

        Assert.Equal(9, headcount.Value);
        Assert.False(headcount.Reported);
        Assert.Equal(M("2020-02"), headcount.From);
    }

    [Fact]
    public void FirmAt_BeforeAnyData_IsUnknown() =>
        Assert.False(HeadcountRules.FirmAt(FirmHistory.Build(Siren, [Effectif(1, "2020-01", 8)]), M("2019-12")).IsKnown);

    [Fact]
    public void Apply_LaterDeliveryOfAMonth_ReplacesItEvenWhenLower()
    {
        var first = EffectifDelivered(1, "2020-01", "2020-04-01", 50, 51);
        var correction = EffectifDelivered(1, "2020-02", "2020-07-01", 40);

        foreach (var order in new[] { new[] { first, correction }, [correction, first] })
        {
            var h = FirmHistory.Build(Siren, order);
            Assert.True(HeadcountRules.TryEstablishmentAt(h, Siret(1), M("2020-01"), out var january));
            Assert.True(HeadcountRules.TryEstablishmentAt(h, Siret(1), M("2020-02"), out var february));
            Assert.Equal((50, 40), (january, february));
        }
    }

    [Fact]
    public void TryReportedFirmAt_ForwardFilledMonth_IsNotReported()
    {
        var h = FirmHistory.Build(Siren, [Effectif(1, "2020-01", 8)]);

        Assert.True(HeadcountRules.TryReportedFirmAt(h, M("2020-01"), out var value));
        Assert.Equal(8, value);
        Assert.False(HeadcountRules.TryReportedFirmAt(h, M("2020-02"), out _));
    }
}
