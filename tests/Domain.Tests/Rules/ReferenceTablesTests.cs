using SignauxFaibles.Domain.Reference;

namespace SignauxFaibles.Domain.Tests.Rules;

public class ReferenceTablesTests
{
    [Theory]
    [InlineData("25.62B", 25, 'C', 256)]
    [InlineData("2562B", 25, 'C', 256)]
    [InlineData("01.11Z", 1, 'A', 11)]
    [InlineData("85.10Z", 85, 'P', 851)]
    [InlineData("99.00Z", 99, 'U', 990)]
    public void Naf_Code_GivesDivisionSectionGroup(string ape, int division, char section, int group)
    {
        Assert.Equal(division, NafNomenclature.DivisionOf(ape));
        Assert.Equal(section, NafNomenclature.SectionOf(ape));
        Assert.Equal(group, NafNomenclature.GroupOf(ape));
    }

    [Theory]
    [InlineData("00.91U")] // division 00 does not exist (seen in the Sirene test corpus)
    [InlineData("04.00Z")]
    [InlineData("X")]
    [InlineData(null)]
    public void Naf_UnknownCode_IsNull(string? ape) => Assert.Null(NafNomenclature.SectionOf(ape));

    [Fact]
    public void Naf_Sections_AreTheTwentyOneLetters()
    {
        Assert.Equal(21, NafNomenclature.Sections.Count);
        Assert.Equal(0, NafNomenclature.SectionIndex('A'));
        Assert.Equal(20, NafNomenclature.SectionIndex('U'));
    }

    [Theory]
    [InlineData("01", "84")]
    [InlineData("1", "84")]
    [InlineData("2A", "94")]
    [InlineData("75", "11")]
    [InlineData("971", "01")]
    [InlineData("987", "00")]
    public void Departements_Code_GivesRegion(string departement, string region) =>
        Assert.Equal(region, Departements.RegionOf(departement));

    [Fact]
    public void Departements_Unknown_IsNull()
    {
        Assert.Null(Departements.RegionOf("20"));
        Assert.Null(Departements.RegionOf(null));
        Assert.Equal(110, Departements.All.Count);
    }
}
