using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Tests.Support;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Formats.Tests.Urssaf;

public class EffectifReaderTests
{
    [Fact]
    public void Read_WideLine_GivesFilledMonthsInOrder()
    {
        // Columns out of order on purpose, one short AAXY code, empty cells, leading zeros and a thousands space.
        var text = "compte;siret;eff201012;eff201011;eff1013;rais_soc;eff201021\n"
                 + "951406823818346903;73282932000074;089;;1 234;ACME;0\n";

        var (results, _) = ReadAll.Text(new EffectifReader(), text, ValidationOptions.Strict);

        var e = Assert.IsType<EffectifEtablissement>(Assert.Single(results).Event);
        Assert.Equal("951406823818346903", e.Compte);
        Assert.Equal(
            [new MonthlyHeadcount(Month.Of(2010, 2), 89), new MonthlyHeadcount(Month.Of(2010, 3), 1234), new MonthlyHeadcount(Month.Of(2010, 4), 0)],
            e.Months.ToArray());
    }

    [Fact]
    public void Read_BadCell_IsRejectedNamingItsColumn()
    {
        var text = "compte;siret;eff201011;eff201012\n1;73282932000074;12;douze\n";

        var (results, _) = ReadAll.Text(new EffectifReader(), text, ValidationOptions.Strict);

        var reject = Assert.Single(Assert.Single(results).Rejects);
        Assert.Equal((RejectCode.InvalidNumber, "eff201012"), (reject.Code, reject.Field));
    }

    [Fact]
    public void Read_NegativeHeadcount_IsRejectedByValidation()
    {
        var text = "compte;siret;eff201011\n1;73282932000074;-3\n";

        var (results, _) = ReadAll.Text(new EffectifReader(), text, ValidationOptions.Strict);

        Assert.Equal(RejectCode.HeadcountOutOfRange, Assert.Single(Assert.Single(results).Rejects).Code);
    }

    [Theory]
    [InlineData("compte;siret;rais_soc\n")]
    [InlineData("compte;siret;eff201011;eff1011\n")]
    [InlineData("compte;eff201011\n")]
    public void Read_UnusableHeader_IsFatal(string header)
    {
        var (results, report) = ReadAll.Text(new EffectifReader(), header + "1;2;3\n");

        Assert.Empty(results);
        Assert.NotNull(report.Fatal);
    }

    [Fact]
    public void Read_FirmFile_GivesEffectifEntreprise()
    {
        var text = "siren;eff201011;eff201012;rais_soc\n732829320;5;;x\n";

        var (results, _) = ReadAll.Text(new EffectifEntrepriseReader(), text, ValidationOptions.Strict);

        var e = Assert.IsType<EffectifEntreprise>(Assert.Single(results).Event);
        Assert.Equal("732829320", e.Siren);
        Assert.Equal([new MonthlyHeadcount(Month.Of(2010, 1), 5)], e.Months.ToArray());
    }
}
