using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Sirene;
using static SignauxFaibles.Formats.Tests.Sirene.SireneText;

namespace SignauxFaibles.Formats.Tests.Sirene;

public class SireneUniteLegaleReaderTests
{
    private static Dictionary<string, string> Line(params (string Column, string Value)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            ["siren"] = "542107651",
            ["dateCreationUniteLegale"] = "1955-01-01",
            ["etatAdministratifUniteLegale"] = "A",
            ["denominationUniteLegale"] = "ACME INDUSTRIE",
            ["categorieJuridiqueUniteLegale"] = "5710",
            ["activitePrincipaleUniteLegale"] = "25.62B",
            ["nomenclatureActivitePrincipaleUniteLegale"] = "NAFRev2",
            ["activitePrincipaleNAF25UniteLegale"] = "25.62Y",
            ["nicSiegeUniteLegale"] = "00011",
            ["sigleUniteLegale"] = "ACME",
        };
        foreach (var (column, value) in overrides)
        {
            values[column] = value;
        }

        return values;
    }

    private static SireneUniteLegale ReadOne(Dictionary<string, string> line) =>
        Assert.IsType<SireneUniteLegale>(Assert.Single(Read(new SireneUniteLegaleReader(), File(SireneUniteLegaleWriter.Header, line)).Results).Event);

    [Fact]
    public void Read_Company_KeepsItsDenominationAsRaisonSociale()
    {
        var e = ReadOne(Line());

        Assert.Equal("ACME INDUSTRIE", e.RaisonSociale);
        Assert.Null(e.NomUniteLegale);
        Assert.Equal("5710", e.CategorieJuridique);
        Assert.Equal("25.62B", e.Ape);
        Assert.Equal("25.62Y", e.ApeNaf25);
        Assert.Equal("00011", e.NicSiege);
        Assert.Equal("ACME", e.Sigle);
        Assert.True(e.EstActif);
    }

    [Fact]
    public void Read_NaturalPerson_HasEmptyRaisonSocialeAndKeepsNomPrenom()
    {
        var e = ReadOne(Line(("denominationUniteLegale", ""), ("nomUniteLegale", "MARTIN"), ("prenom1UniteLegale", "JEANNE")));

        Assert.Equal("", e.RaisonSociale);
        Assert.Equal("MARTIN", e.NomUniteLegale);
        Assert.Equal("JEANNE", e.PrenomUniteLegale);
    }

    [Fact]
    public void Read_InvalidCreationDate_IsAcceptedWithoutDate() =>
        Assert.Null(ReadOne(Line(("dateCreationUniteLegale", "invalid_date"))).DateCreation);

    [Fact]
    public void Read_CeasedUnit_IsNotActive() => Assert.False(ReadOne(Line(("etatAdministratifUniteLegale", "C"))).EstActif);

    [Fact]
    public void Read_OtherNomenclature_IsFilteredOut()
    {
        var (results, report) = Read(new SireneUniteLegaleReader(), File(SireneUniteLegaleWriter.Header, Line(("nomenclatureActivitePrincipaleUniteLegale", "NAF"))));

        Assert.Empty(results);
        Assert.Equal(1, report.LinesSkipped);
    }

    [Fact]
    public void Read_EditionWithoutNaf25Column_IsAccepted()
    {
        var header = SireneUniteLegaleWriter.Header.Where(h => h != "activitePrincipaleNAF25UniteLegale").ToArray();

        var e = Assert.IsType<SireneUniteLegale>(Assert.Single(Read(new SireneUniteLegaleReader(), File(header, Line())).Results).Event);

        Assert.Null(e.ApeNaf25);
    }
}
