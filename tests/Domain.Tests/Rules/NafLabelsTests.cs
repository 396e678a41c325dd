using SignauxFaibles.Domain.Reference;

namespace SignauxFaibles.Domain.Tests.Rules;

public class NafLabelsTests
{
    [Fact]
    public void Of_FullSubClass_GivesTheFiveLevelsWithInseeLabels()
    {
        var levels = NafLabels.Of("25.62B");

        Assert.Equal(["section", "division", "groupe", "classe", "sous_classe"], levels.Select(l => l.Niveau));
        Assert.Equal(["C", "25", "25.6", "25.62", "25.62B"], levels.Select(l => l.Code));
        Assert.Equal("Industrie manufacturière", levels[0].Libelle);
        Assert.Equal("Fabrication de produits métalliques, à l’exception des machines et des équipements", levels[1].Libelle);
        Assert.Equal("Mécanique industrielle", levels[4].Libelle);
    }

    [Theory]
    [InlineData("6420Z", "Activités des sociétés holding")]
    [InlineData("64.20Z", "Activités des sociétés holding")]
    [InlineData("25", "Fabrication de produits métalliques, à l’exception des machines et des équipements")]
    public void LabelOf_AnyWriting_GivesTheMostPreciseLabel(string ape, string label) => Assert.Equal(label, NafLabels.LabelOf(ape));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ZZ")]
    [InlineData("00.00Z")]
    public void Of_UnknownCode_IsEmpty(string? ape) => Assert.Empty(NafLabels.Of(ape));

    [Fact]
    public void NafActivity_SameCode_IsEqualByValue()
    {
        Assert.Equal(NafActivity.Of("25.62B"), NafActivity.Of("2562B"));
        Assert.NotEqual(NafActivity.Of("25.62B"), NafActivity.Of("25.62A"));
        Assert.Null(NafActivity.Of("ZZ"));
    }
}
