using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Perimeter;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class FirmZoneTests
{
    private static FirmZone Zone(params FirmEvent[] events) => FirmZone.Of(FirmHistory.Build(Siren, events));

    [Fact]
    public void Of_EstablishmentsInThreeDepartements_ZoneHoldsEachOnceAndTheSiegeForDisplay()
    {
        var zone = Zone(UniteLegale(), Etablissement(1, siege: true, departement: "69"),
            Etablissement(2, siege: false, departement: "1"), Etablissement(3, siege: false, departement: "2A"),
            Etablissement(4, siege: false, departement: "69"));

        Assert.Equal("69", zone.Siege);
        Assert.Equal(["01", "2A", "69"], zone.Departements.ToArray());
        Assert.Equal(["84", "94"], zone.Regions.ToArray());
        Assert.True(zone.Contains("1"));
        Assert.False(zone.Contains("75"));
    }

    [Fact]
    public void Of_ClosedEstablishment_IsLeftOutWhileAnotherIsOpen()
    {
        var closed = Etablissement(2, siege: false, departement: "75") with { EstActif = false };

        var zone = Zone(UniteLegale(), Etablissement(1, siege: true, departement: "69"), closed);

        Assert.Equal(["69"], zone.Departements.ToArray());
    }

    [Fact]
    public void Of_EveryEstablishmentClosed_KeepsWhereTheFirmWas()
    {
        var zone = Zone(UniteLegale(), Etablissement(1, siege: true, departement: "69") with { EstActif = false },
            Etablissement(2, siege: false, departement: "75") with { EstActif = false });

        Assert.Equal(["69", "75"], zone.Departements.ToArray());
    }

    [Fact]
    public void Of_UnknownSiege_ZoneIsTheEstablishmentsAndNoDisplayDepartement()
    {
        var zone = Zone(UniteLegale(nicSiege: null), Etablissement(2, siege: false, departement: "13"));

        Assert.Null(zone.Siege);
        Assert.Equal(["13"], zone.Departements.ToArray());
    }

    [Fact]
    public void Of_SameHistory_GivesEqualZones() =>
        Assert.Equal(Zone(UniteLegale(), Etablissement(1, departement: "69")), Zone(UniteLegale(), Etablissement(1, departement: "69")));
}
