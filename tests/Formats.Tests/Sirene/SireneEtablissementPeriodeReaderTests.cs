using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Sirene;
using static SignauxFaibles.Formats.Tests.Sirene.SireneText;

namespace SignauxFaibles.Formats.Tests.Sirene;

public class SireneEtablissementPeriodeReaderTests
{
    private static string FileWith(string dateDebut, string dateFin, string etat = "A", string changement = "true") =>
        File(SireneEtablissementPeriodeWriter.Header, new Dictionary<string, string>
        {
            ["siren"] = "542107651",
            ["nic"] = "00011",
            ["siret"] = "54210765100011",
            ["dateDebut"] = dateDebut,
            ["dateFin"] = dateFin,
            ["etatAdministratifEtablissement"] = etat,
            ["changementEtatAdministratifEtablissement"] = changement,
        });

    [Fact]
    public void Read_ClosedPeriod_KeepsBothDatesAndTheState()
    {
        var e = Assert.IsType<SireneEtablissementPeriode>(Assert.Single(Read(new SireneEtablissementPeriodeReader(), FileWith("2008-01-01", "2009-05-26", "F")).Results).Event);

        Assert.Equal("542107651", e.Siren);
        Assert.Equal(new DateOnly(2008, 1, 1), e.DateDebut);
        Assert.Equal(new DateOnly(2009, 5, 26), e.DateFin);
        Assert.False(e.EstActif);
        Assert.True(e.ChangementStatutActif);
    }

    [Theory]
    [InlineData("", "", "A")] // neither date: closed long before our period
    [InlineData("2008-01-01", "", "")] // no state yet (INSEE null state)
    [InlineData("2008-01-01", "", "X")]
    public void Read_PeriodTheOriginalFiltered_IsSkipped(string debut, string fin, string etat)
    {
        var (results, report) = Read(new SireneEtablissementPeriodeReader(), FileWith(debut, fin, etat));

        Assert.Empty(results);
        Assert.Equal(1, report.LinesSkipped);
    }

    [Theory]
    [InlineData("2008-13-01", "", "dateDebut", RejectCode.InvalidDate)]
    [InlineData("2008-01-01", "26/05/2009", "dateFin", RejectCode.InvalidDate)]
    [InlineData("", "2009-05-26", "dateDebut", RejectCode.MissingField)]
    public void Read_BadDates_AreRejected(string debut, string fin, string field, RejectCode code)
    {
        var r = Assert.Single(Read(new SireneEtablissementPeriodeReader(), FileWith(debut, fin)).Results);

        Assert.Contains(r.Rejects, j => j.Code == code && j.Field == field);
    }

    [Fact]
    public void Read_UnreadableChangeFlag_IsRejectedInvalidBoolean()
    {
        var r = Assert.Single(Read(new SireneEtablissementPeriodeReader(), FileWith("2008-01-01", "", changement: "maybe")).Results);

        Assert.Equal(RejectCode.InvalidBoolean, Assert.Single(r.Rejects).Code);
    }
}
