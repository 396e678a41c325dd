using CsCheck;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Sirene;
using SignauxFaibles.Formats.Tests.Support;

namespace SignauxFaibles.Formats.Tests.Sirene;

/// <summary>Writer then reader gives back the same events, for any valid events (property tests).</summary>
public class SireneRoundTripTests
{
    private static readonly Gen<string> Text =
        Gen.Char["abcXYZ019 ,\"-'éÉ"].Array[1, 15].Select(a => new string(a));

    private static readonly Gen<string> ValidSiren = Gen.Int[0, 99_999_999].Select(s => Siren.Complete(s.ToString("D8", null)));

    private static readonly Gen<string> Digits5 = Gen.Int[0, 99_999].Select(n => n.ToString("D5", null));

    private static readonly Gen<DateOnly> Day = Gen.DateOnly[new DateOnly(1900, 1, 1), new DateOnly(2030, 12, 31)];

    private static readonly Gen<string> NafSubClass =
        Gen.Select(Gen.Int[0, 99], Gen.Int[0, 99], Gen.Char['A', 'Z'], (a, b, c) => $"{a:D2}.{b:D2}{c}");

    /// <summary>A département and a commune code in it, built independently of the reader's derivation.</summary>
    private static readonly Gen<(string Departement, string Commune)> Commune =
        Gen.OneOf(
            Gen.Select(Gen.Int[1, 95].Where(d => d != 20), Gen.Int[0, 999], (d, c) => ($"{d:D2}", $"{d:D2}{c:D3}")),
            Gen.Select(Gen.OneOfConst("2A", "2B"), Gen.Int[0, 999], (d, c) => (d, $"{d}{c:D3}")),
            Gen.Select(Gen.OneOfConst("971", "972", "973", "974", "976", "987", "988"), Gen.Int[0, 99], (d, c) => (d, $"{d}{c:D2}")));

    private static readonly Gen<SireneEtablissement> Etablissements =
        from siren in ValidSiren
        from nic in Gen.Int[0, 9_999]
        from flags in Gen.Select(Gen.Bool, Gen.Bool)
        from ape in NafSubClass.Null()
        from creation in Day.Nullable()
        from commune in Commune.Nullable()
        from codePostal in Digits5.Null()
        from texts in Gen.Select(Text.Null(), Text.Null(), Text.Null(), Text.Null())
        from typeVoie in Gen.OneOfConst([.. SireneCodes.TypeVoieLabelValues]).Null()
        from coordinates in Gen.Select(Gen.Double[-180, 180].Nullable(), Gen.Double[-90, 90].Nullable())
        select new SireneEtablissement
        {
            Siren = siren,
            Siret = Siret.Complete(siren, nic.ToString("D4", null)),
            DeliveredOn = SharedCorpus.DeliveredOn,
            Siege = flags.Item1,
            EstActif = flags.Item2,
            Ape = ape,
            DateCreation = creation,
            Departement = commune?.Departement,
            CodeCommune = commune?.Commune,
            CodePostal = codePostal,
            Commune = texts.Item1,
            NumeroVoie = texts.Item2,
            Voie = texts.Item3,
            CodePaysEtranger = texts.Item4,
            TypeVoie = typeVoie,
            Longitude = coordinates.Item1,
            Latitude = coordinates.Item2,
        };

    private static readonly Gen<SireneUniteLegale> UnitesLegales =
        from siren in ValidSiren
        from raisonSociale in Gen.OneOf(Gen.Const(""), Text)
        from names in Gen.Select(Text.Null(), Text.Null(), Text.Null(), Text.Null())
        from ape in NafSubClass.Null()
        from creation in Day.Nullable()
        from actif in Gen.Bool
        from nicSiege in Digits5.Null()
        select new SireneUniteLegale
        {
            Siren = siren,
            DeliveredOn = SharedCorpus.DeliveredOn,
            RaisonSociale = raisonSociale,
            NomUniteLegale = names.Item1,
            PrenomUniteLegale = names.Item2,
            CategorieJuridique = names.Item3,
            Sigle = names.Item4,
            Ape = ape,
            ApeNaf25 = ape,
            DateCreation = creation,
            EstActif = actif,
            NicSiege = nicSiege,
        };

    private static readonly Gen<SireneEtablissementPeriode> Periodes =
        from siren in ValidSiren
        from nic in Gen.Int[0, 9_999]
        from debut in Day
        from days in Gen.Int[0, 10_000].Nullable()
        from flags in Gen.Select(Gen.Bool, Gen.Bool)
        select new SireneEtablissementPeriode
        {
            Siren = siren,
            Siret = Siret.Complete(siren, nic.ToString("D4", null)),
            DeliveredOn = SharedCorpus.DeliveredOn,
            DateDebut = debut,
            DateFin = days is { } d ? debut.AddDays(d) : null,
            EstActif = flags.Item1,
            ChangementStatutActif = flags.Item2,
        };

    [Fact]
    public void Etablissement_WrittenThenRead_GivesBackTheSameEvents() =>
        Etablissements.List[0, 20].Sample(events =>
        {
            using var text = new StringWriter();
            var writer = new SireneEtablissementWriter(text);
            events.ForEach(writer.Write);

            Assert.Equal<FirmEvent>(events, SharedCorpus.ReadBack(new SireneEtablissementReader(), text.ToString(), ValidationOptions.Strict));
        }, iter: 100);

    [Fact]
    public void UniteLegale_WrittenThenRead_GivesBackTheSameEvents() =>
        UnitesLegales.List[0, 20].Sample(events =>
        {
            using var text = new StringWriter();
            var writer = new SireneUniteLegaleWriter(text);
            events.ForEach(writer.Write);

            Assert.Equal<FirmEvent>(events, SharedCorpus.ReadBack(new SireneUniteLegaleReader(), text.ToString(), ValidationOptions.Strict));
        }, iter: 100);

    [Fact]
    public void Periode_WrittenThenRead_GivesBackTheSameEvents() =>
        Periodes.List[0, 20].Sample(events =>
        {
            using var text = new StringWriter();
            var writer = new SireneEtablissementPeriodeWriter(text);
            events.ForEach(writer.Write);

            Assert.Equal<FirmEvent>(events, SharedCorpus.ReadBack(new SireneEtablissementPeriodeReader(), text.ToString(), ValidationOptions.Strict));
        }, iter: 100);
}
