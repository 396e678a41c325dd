using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Sirene;
using static SignauxFaibles.Formats.Tests.Sirene.SireneText;

namespace SignauxFaibles.Formats.Tests.Sirene;

public class SireneEtablissementReaderTests
{
    private static Dictionary<string, string> Line(params (string Column, string Value)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            ["siren"] = "542107651",
            ["nic"] = "00011",
            ["siret"] = "54210765100011",
            ["etablissementSiege"] = "true",
            ["codeCommuneEtablissement"] = "73187",
            ["codePostalEtablissement"] = "73000",
            ["etatAdministratifEtablissement"] = "A",
            ["activitePrincipaleEtablissement"] = "25.62B",
            ["nomenclatureActivitePrincipaleEtablissement"] = "NAFRev2",
            ["dateCreationEtablissement"] = "2001-05-14",
            ["typeVoieEtablissement"] = "AV",
            ["longitude"] = "5.9",
            ["latitude"] = "45.5",
        };
        foreach (var (column, value) in overrides)
        {
            values[column] = value;
        }

        return values;
    }

    private static SireneEtablissement ReadOne(Dictionary<string, string> line) =>
        Assert.IsType<SireneEtablissement>(Assert.Single(Read(new SireneEtablissementReader(), File(SireneEtablissementWriter.Header, line)).Results).Event);

    [Theory]
    [InlineData("73187", "73")]
    [InlineData("01053", "01")]
    [InlineData("2A004", "2A")]
    [InlineData("2B033", "2B")]
    [InlineData("97411", "974")]
    [InlineData("97105", "971")]
    [InlineData("98735", "987")]
    public void Read_CommuneCode_GivesItsDepartement(string codeCommune, string departement)
    {
        var e = ReadOne(Line(("codeCommuneEtablissement", codeCommune)));

        Assert.Equal(departement, e.Departement);
        Assert.Equal(codeCommune, e.CodeCommune);
    }

    [Theory]
    [InlineData("7318")]
    [InlineData("2C004")]
    [InlineData("")]
    public void Read_MalformedCommuneCode_IsDroppedWithItsDepartement(string codeCommune)
    {
        var e = ReadOne(Line(("codeCommuneEtablissement", codeCommune)));

        Assert.Null(e.CodeCommune);
        Assert.Null(e.Departement);
    }

    [Fact]
    public void Read_ValidLine_BuildsTheSiretFromSirenAndNicNotFromTheSiretColumn()
    {
        var e = ReadOne(Line(("siret", "99999999999999")));

        Assert.Equal("54210765100011", e.Siret);
        Assert.True(e.Siege);
        Assert.True(e.EstActif);
        Assert.Equal("AVENUE", e.TypeVoie);
        Assert.Equal("25.62B", e.Ape);
        Assert.Equal(new DateOnly(2001, 5, 14), e.DateCreation);
        Assert.Equal(5.9, e.Longitude);
    }

    [Fact]
    public void Read_OtherNomenclature_IsFilteredOut()
    {
        var (results, report) = Read(new SireneEtablissementReader(), File(SireneEtablissementWriter.Header, Line(("nomenclatureActivitePrincipaleEtablissement", "NAFRev1"))));

        Assert.Empty(results);
        Assert.Equal(1, report.LinesSkipped);
    }

    [Fact]
    public void Read_NoActivityWhateverTheNomenclature_IsKept()
    {
        var e = ReadOne(Line(("activitePrincipaleEtablissement", ""), ("nomenclatureActivitePrincipaleEtablissement", "NAFRev1")));

        Assert.Null(e.Ape);
    }

    [Theory]
    [InlineData("2562B")]
    [InlineData("25.62")]
    public void Read_MisshapenActivity_IsDropped(string ape) => Assert.Null(ReadOne(Line(("activitePrincipaleEtablissement", ape))).Ape);

    [Fact]
    public void Read_UnknownStreetTypeAndBadPostalCodeAndDate_AreDroppedNotRejected()
    {
        var e = ReadOne(Line(("typeVoieEtablissement", "XYZ"), ("codePostalEtablissement", "7300"), ("dateCreationEtablissement", "2001-02-30")));

        Assert.Null(e.TypeVoie);
        Assert.Null(e.CodePostal);
        Assert.Null(e.DateCreation);
    }

    [Fact]
    public void Read_ClosedEstablishment_IsNotActive() => Assert.False(ReadOne(Line(("etatAdministratifEtablissement", "F"))).EstActif);

    [Fact]
    public void Read_UnreadableSiegeFlag_IsRejectedInvalidBoolean()
    {
        var r = Assert.Single(Read(new SireneEtablissementReader(), File(SireneEtablissementWriter.Header, Line(("etablissementSiege", "oui")))).Results);

        Assert.Equal(RejectCode.InvalidBoolean, Assert.Single(r.Rejects).Code);
        Assert.NotNull(r.RawLine);
    }

    [Fact]
    public void Read_RawInseeFileWithoutCoordinates_IsAcceptedWithoutThem()
    {
        var header = SireneEtablissementWriter.Header.Where(h => h is not ("longitude" or "latitude")).ToArray();

        var e = Assert.IsType<SireneEtablissement>(Assert.Single(Read(new SireneEtablissementReader(), File(header, Line())).Results).Event);

        Assert.Null(e.Longitude);
        Assert.Null(e.Latitude);
    }

    [Fact]
    public void Read_WithoutCommuneColumn_IsFatal()
    {
        var header = SireneEtablissementWriter.Header.Where(h => h != "codeCommuneEtablissement").ToArray();

        var (results, report) = Read(new SireneEtablissementReader(), File(header, Line()));

        Assert.Empty(results);
        Assert.Contains("codeCommuneEtablissement", report.Fatal, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NicMakingAnInvalidSiret_IsRejectedForItsChecksumInStrictMode()
    {
        var r = Assert.Single(Read(new SireneEtablissementReader(), File(SireneEtablissementWriter.Header, Line(("nic", "00012")))).Results);

        Assert.Equal(RejectCode.InvalidSiretChecksum, Assert.Single(r.Rejects).Code);
    }
}
