using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class FactMergeTests
{
    private static CotisationFact Fact(decimal du, string delivered) => new()
    {
        Siret = Siret(), Compte = "C1", PeriodeDebut = Month.Of(2020, 1), PeriodeFin = Month.Of(2020, 2), Du = du, DeliveredOn = D(delivered),
    };

    [Fact]
    public void IncomingWins_LaterDelivery_ReplacesWhateverTheAmount()
    {
        Assert.True(FactMerge.IncomingWins(Fact(500, "2020-02-20"), Fact(100, "2020-03-20")));
        Assert.False(FactMerge.IncomingWins(Fact(100, "2020-03-20"), Fact(500, "2020-02-20")));
    }

    [Fact]
    public void IncomingWins_SameDaySameContent_IsADuplicate()
    {
        Assert.False(FactMerge.IncomingWins(Fact(100, "2020-03-20"), Fact(100, "2020-03-20")));
    }

    [Fact]
    public void Winner_SameDayDifferentContent_IsTheSameWhateverTheOrder()
    {
        var a = Fact(100, "2020-03-20");
        var b = Fact(120, "2020-03-20");
        Assert.Equal(120, FactMerge.Winner(a, b).Du);
        Assert.Equal(120, FactMerge.Winner(b, a).Du);
    }
}
