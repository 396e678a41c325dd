using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class RetentionRulesTests
{
    [Fact]
    public void HorizonOf_FarFutureData_IsCappedAtTheDeliveryMonth()
    {
        var demande = ApDemande("A", "2031-01-01", "2031-06-30", 10, delivered: "2020-05-10");

        Assert.Equal(M("2020-05"), RetentionRules.HorizonOf(demande));
        Assert.Equal(M("2020-02"), RetentionRules.HorizonOf(Debit("1", 1, "2020-01-25", 1, 1, delivered: "2020-06-01")));
    }

    [Fact]
    public void Apply_TenYearsOfMonthlyCotisations_KeepsOnlyTheWindow()
    {
        var events = M("2015-01").AddMonths(0) is var start
            ? Enumerable.Range(0, 120).Select(i => (FirmEvent)Cotisation(start.AddMonths(i).ToString(), 1, 100 + i)).ToList()
            : [];

        var h = FirmHistory.Build(Siren, events);

        Assert.Equal(M("2024-12"), h.LastMonth);
        Assert.Equal(RetentionRules.Months, h.Cotisations.Length);
        Assert.Equal(M("2021-01"), h.Cotisations[0].PeriodeDebut);
        Assert.False(h.Apply(Cotisation("2020-12", 1, 5)));
    }

    [Fact]
    public void Apply_DebtOperationsBeforeTheWindow_KeepOnlyTheOneStillInForce()
    {
        var h = FirmHistory.Build(Siren, [
            Debit("1", 1, "2015-01-10", 100, 100),
            Debit("1", 2, "2015-06-10", 70, 70),
            Debit("1", 3, "2016-01-10", 40, 40),
            Cotisation("2024-12", 1, 10),
        ]);

        var kept = Assert.Single(h.Debits.ToArray());
        Assert.Equal(3, kept.NumeroHistorique);
        Assert.Equal((40m, 40m), DebtRules.At(h.Debits, M("2024-12")));
    }

    [Fact]
    public void Apply_OldOperationArrivingLate_IsDroppedWhenAlreadySuperseded()
    {
        var h = FirmHistory.Build(Siren, [Debit("1", 3, "2016-01-10", 40, 40), Cotisation("2024-12", 1, 10)]);

        Assert.False(h.Apply(Debit("1", 2, "2015-06-10", 70, 70)));
        Assert.True(h.Apply(Debit("1", 4, "2015-06-10", 10, 10)));
        Assert.Equal(4, Assert.Single(h.Debits.ToArray()).NumeroHistorique);
    }

    [Fact]
    public void Apply_StatementsAndCcsf_KeepWhatTheWindowStillNeeds()
    {
        var h = FirmHistory.Build(Siren, [
            Bilan("2016-12-31", 1), Bilan("2017-12-31", 2), Bilan("2018-12-31", 3), Bilan("2019-12-31", 4),
            Ccsf("2016-02-03"), Ccsf("2017-02-03"), Ccsf("2023-02-03"), Cotisation("2024-12", 1, 10),
        ]);

        // Window starts 2021-01: the 2019 statement is the latest there, 2018 the previous one.
        Assert.Equal([3.0, 4.0], h.Statements.ToArray().Select(s => s.Figures.ChiffreAffaires));
        Assert.Equal([M("2017-02"), M("2023-02")], h.Ccsf.ToArray().Select(c => c.Mois));
    }

    [Fact]
    public void Apply_Headcounts_AreKept120Months()
    {
        var h = FirmHistory.Build(Siren, [Effectif(1, "2014-12", 20, 21), Cotisation("2024-12", 1, 10)]);

        Assert.False(HeadcountRules.TryEstablishmentAt(h, Siret(1), M("2014-12"), out _));
        Assert.True(HeadcountRules.TryEstablishmentAt(h, Siret(1), M("2015-01"), out var value));
        Assert.Equal(21, value);
    }
}
