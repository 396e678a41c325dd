using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class DebtRulesTests
{
    [Theory]
    [InlineData("1999-05-05", "1999-05")] // expected outputs of the original pipeline
    [InlineData("2005-08-24", "2005-09")]
    [InlineData("2012-10-18", "2012-10")]
    [InlineData("2012-10-20", "2012-10")]
    [InlineData("2012-10-21", "2012-11")]
    [InlineData("2012-12-31", "2013-01")]
    public void EffectiveMonth_AfterThe20th_CountsForNextMonth(string traitement, string expected) =>
        Assert.Equal(M(expected), DebtRules.EffectiveMonth(D(traitement)));

    [Fact]
    public void At_TwoOperationsOnAnEcart_GivesLatestKnownAndCarriesItForward()
    {
        var h = FirmHistory.Build(Siren, [
            Debit("1", 1, "2020-01-10", 100, 200),
            Debit("1", 2, "2020-03-05", 50, 80),
        ]);

        Assert.Equal((0m, 0m), DebtRules.At(h.Debits, M("2019-12")));
        Assert.Equal((100m, 200m), DebtRules.At(h.Debits, M("2020-01")));
        Assert.Equal((100m, 200m), DebtRules.At(h.Debits, M("2020-02")));
        Assert.Equal((50m, 80m), DebtRules.At(h.Debits, M("2020-03")));
        Assert.Equal((50m, 80m), DebtRules.At(h.Debits, M("2021-06")));
    }

    [Fact]
    public void At_TreatedAfterThe20th_CountsFromNextMonth()
    {
        var h = FirmHistory.Build(Siren, [Debit("1", 1, "2020-01-25", 10, 20)]);

        Assert.Equal((0m, 0m), DebtRules.At(h.Debits, M("2020-01")));
        Assert.Equal((10m, 20m), DebtRules.At(h.Debits, M("2020-02")));
    }

    [Fact]
    public void At_HigherHistoriqueEffectiveEarlier_WinsOverLowerOneEffectiveLater()
    {
        var h = FirmHistory.Build(Siren, [
            Debit("1", 3, "2020-01-10", 30, 30),
            Debit("1", 2, "2020-02-10", 20, 20),
        ]);

        Assert.Equal((30m, 30m), DebtRules.At(h.Debits, M("2020-02")));
    }

    [Fact]
    public void Fill_SeveralEcartsAndEstablishments_SumsThemPerMonth()
    {
        var h = FirmHistory.Build(Siren, [
            Debit("1", 1, "2020-01-10", 100, 200, etablissement: 1),
            Debit("2", 1, "2020-02-10", 10, 20, etablissement: 1),
            Debit("1", 1, "2020-02-12", 1, 2, etablissement: 2),
            Debit("1", 2, "2020-03-01", 0, 0, etablissement: 1),
        ]);
        var po = new decimal[4];
        var pp = new decimal[4];

        DebtRules.Fill(h.Debits, M("2020-01"), po, pp);

        Assert.Equal([100m, 111m, 11m, 11m], po);
        Assert.Equal([200m, 222m, 22m, 22m], pp);
    }

    [Fact]
    public void At_OneEstablishmentSlice_GivesItsOwnDebt()
    {
        var h = FirmHistory.Build(Siren, [
            Debit("1", 1, "2020-01-10", 100, 200, etablissement: 1),
            Debit("1", 1, "2020-01-12", 1, 2, etablissement: 2),
        ]);

        Assert.Equal((1m, 2m), DebtRules.At(EstablishmentAggregation.Slice(h.Debits, Siret(2)), M("2020-01")));
    }
}
