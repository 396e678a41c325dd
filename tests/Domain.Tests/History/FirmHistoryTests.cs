using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.History;

public class FirmHistoryTests
{
    [Fact]
    public void Apply_NewFactThenDuplicateThenOlderVersion_ReportsOnlyRealChanges()
    {
        var h = new FirmHistory(Siren);
        var fact = Cotisation("2020-01", 1, 100, delivered: "2020-02-20");

        Assert.True(h.Apply(fact));
        Assert.False(h.Apply(fact with { }));
        Assert.False(h.Apply(fact with { DeliveredOn = D("2020-02-10"), Du = 90 }));
        Assert.True(h.Apply(fact with { DeliveredOn = D("2020-03-20"), Du = 110 }));
        Assert.Equal(110m, Assert.Single(h.Cotisations.ToArray()).Du);
    }

    [Fact]
    public void Apply_AdministrativeHistoryPeriod_ChangesNothing()
    {
        var h = new FirmHistory(Siren);

        Assert.False(h.Apply(new SireneEtablissementPeriode { Siren = Siren, Siret = Siret(), DeliveredOn = D("2020-01-01"), DateDebut = D("2019-01-01") }));
        Assert.Null(h.LastMonth);
    }

    [Fact]
    public void LastMonth_LatestDataMonth_IsCappedByDelivery()
    {
        var h = FirmHistory.Build(Siren, [
            Cotisation("2020-01", 3, 300, delivered: "2020-04-20"),
            ApDemande("A", "2020-06-01", "2020-09-30", 10, delivered: "2020-05-02"),
        ]);

        Assert.Equal(M("2020-05"), h.LastMonth);
        Assert.Equal(M("2016-06"), h.FirstRetainedMonth);
    }

    [Fact]
    public void Identity_UniteLegaleAndSiege_AreCombined()
    {
        var h = FirmHistory.Build(Siren, [
            UniteLegale(ape: "25.62B", categorie: "5499", creation: "2010-06-15", nicSiege: "00002"),
            Etablissement(1, siege: false, departement: "75"),
            Etablissement(2, siege: true, departement: "2A"),
        ]);

        Assert.Equal(new FirmIdentity
        {
            Siren = Siren, RaisonSociale = "ACME", Ape = "25.62B", NafSection = "C", NafDivision = "25", Departement = "2A",
            Region = "94", DateCreation = D("2010-06-15"), CategorieJuridique = "5499", SiegeSiret = Siret(2), SiegeEtranger = false,
            EstActif = true,
        }, h.Identity);
    }

    [Fact]
    public void Identity_NaturalPersonWithoutNicSiege_UsesNameAndFlaggedSiege()
    {
        var h = FirmHistory.Build(Siren, [
            UniteLegale(raisonSociale: "", nicSiege: null, ape: null) with { PrenomUniteLegale = "Jeanne", NomUniteLegale = "DURAND" },
            Etablissement(3, siege: true, departement: null, paysEtranger: "99134", ape: "01.11Z"),
        ]);

        var identity = h.Identity;
        Assert.Equal("Jeanne DURAND", identity.RaisonSociale);
        Assert.Equal(Siret(3), identity.SiegeSiret);
        Assert.True(identity.SiegeEtranger);
        Assert.Equal("A", identity.NafSection);
    }

    [Fact]
    public void Identity_EmptyHistory_KnowsOnlyTheSiren() =>
        Assert.Equal(new FirmIdentity { Siren = Siren }, new FirmHistory(Siren).Identity);

    [Fact]
    public void Build_KnownAt_IgnoresLaterDeliveries()
    {
        var events = new FirmEvent[]
        {
            Cotisation("2020-01", 1, 100, delivered: "2020-02-20"),
            Cotisation("2020-01", 1, 150, delivered: "2020-06-20"),
            Cotisation("2020-02", 1, 100, delivered: "2020-03-20"),
        };

        var h = FirmHistory.Build(Siren, events, knownAt: D("2020-02-29"));

        Assert.Equal(100m, Assert.Single(h.Cotisations.ToArray()).Du);
    }

    [Fact]
    public void FromState_UnsortedSnapshotWithDuplicates_IsRepaired()
    {
        var a = new CotisationFact { Siret = Siret(2), Compte = "C1", PeriodeDebut = M("2020-01"), PeriodeFin = M("2020-02"), Du = 1, DeliveredOn = D("2020-02-01") };
        var b = a with { Siret = Siret(1) };
        var newer = a with { Du = 2, DeliveredOn = D("2020-03-01") };
        var state = new FirmHistoryState { Siren = Siren, LastMonth = M("2020-01"), Cotisations = [a, b, newer] };

        var h = FirmHistory.FromState(state);

        Assert.Equal([b, newer], h.Cotisations.ToArray());
    }

    [Fact]
    public void ToState_HeadcountsAndFacts_RoundTrip()
    {
        var h = FirmHistory.Build(Siren, [Effectif(2, "2020-01", 5, 6), Effectif(1, "2020-03", 7), EffectifEntreprise("2020-01", 13), Ccsf("2020-02-03")]);

        var state = h.ToState();
        var copy = FirmHistory.FromState(state).ToState();

        Assert.Equal([Siret(1), Siret(2)], state.EffectifEtablissements.Select(s => s.Key));
        Assert.Equal([5, 6], state.EffectifEtablissements[1].Values.ToArray());
        Assert.Equal(state.EffectifEtablissements.Select(s => (s.Key, s.Start, string.Join(",", s.Values))),
            copy.EffectifEtablissements.Select(s => (s.Key, s.Start, string.Join(",", s.Values))));
        Assert.Equal(state.Ccsf.ToArray(), copy.Ccsf.ToArray());
        Assert.Equal(13, copy.EffectifEntreprise!.Values[0]);
    }
}
