using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class EstablishmentAggregationTests
{
    [Theory]
    [InlineData("12345678900011", true)]
    [InlineData("12345678A00011", false)]
    [InlineData("98765432100011", false)]
    [InlineData("1234", false)]
    [InlineData(null, false)]
    public void BelongsTo_SiretPrefix_DecidesMembership(string? siret, bool expected) =>
        Assert.Equal(expected, EstablishmentAggregation.BelongsTo("123456789", siret));

    [Fact]
    public void Apply_EstablishmentOfAnotherFirm_IsIgnored()
    {
        var h = new FirmHistory(Siren);

        Assert.False(h.Apply(Cotisation("2020-01", 1, 10) with { Siret = "98765432100011" }));
        Assert.False(h.Apply(Cotisation("2020-01", 1, 10) with { Siren = "987654321" }));
        Assert.True(h.Cotisations.IsEmpty);
    }

    [Fact]
    public void Slice_SortedFacts_GivesOneEstablishment()
    {
        var h = FirmHistory.Build(Siren, [Cotisation("2020-01", 1, 1, etablissement: 3), Cotisation("2020-01", 1, 2, etablissement: 1),
            Cotisation("2020-02", 1, 3, etablissement: 3)]);

        Assert.Equal([1m, 3m], EstablishmentAggregation.Slice(h.Cotisations, Siret(3)).ToArray().Select(c => c.Du));
        Assert.True(EstablishmentAggregation.Slice(h.Cotisations, Siret(2)).IsEmpty);
    }
}
