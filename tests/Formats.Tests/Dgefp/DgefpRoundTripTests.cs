using CsCheck;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Dgefp;
using SignauxFaibles.Formats.Tests.Support;

namespace SignauxFaibles.Formats.Tests.Dgefp;

/// <summary>Writer then reader gives back the same events, for any valid events (property tests).</summary>
public class DgefpRoundTripTests
{
    // Text with the characters that need quoting in a ',' separated file.
    private static readonly Gen<string> Text = Gen.Char["abcXYZ019 ,\"-'é"].Array[1, 12].Select(a => new string(a)).Where(s => !string.IsNullOrWhiteSpace(s));

    private static readonly Gen<string> ValidSiret =
        Gen.Select(Gen.Int[0, 99_999_999], Gen.Int[0, 9_999], (s, n) => Siret.Complete(Siren.Complete(s.ToString("D8", null)), n.ToString("D4", null)));

    private static readonly Gen<DateOnly> Day = Gen.DateOnly[new DateOnly(2008, 1, 1), new DateOnly(2030, 12, 31)];

    private static readonly Gen<ApDemande> ApDemandes =
        from siret in ValidSiret
        from id in Text
        from effectifs in Gen.Select(Gen.Int[0, 100_000].Nullable(), Gen.Int[0, 100_000].Nullable(), Gen.Int[0, 100_000].Nullable(), Gen.Int[0, 100_000].Nullable())
        from statut in Day.Nullable()
        from debut in Day
        from days in Gen.Int[0, 400]
        from heures in Gen.Select(Gen.Double[0, 1e7], Gen.Double[0, 1e7].Nullable())
        from montants in Gen.Select(GenAmounts.Between(0, 1_000_000_000), GenAmounts.Between(0, 1_000_000_000).Nullable())
        from codes in Gen.Select(Gen.Int[1, 5].Nullable(), Gen.Int[1, 4].Nullable())
        from recours in Text.Null()
        select new ApDemande
        {
            Siren = siret[..9],
            Siret = siret,
            DeliveredOn = SharedCorpus.DeliveredOn,
            IdDemande = id,
            EffectifEntreprise = effectifs.Item1,
            Effectif = effectifs.Item2,
            EffectifAutorise = effectifs.Item3,
            EffectifConsomme = effectifs.Item4,
            DateStatut = statut,
            PeriodeDebut = debut,
            PeriodeFin = debut.AddDays(days),
            HeuresAutorisees = heures.Item1,
            HeuresConsommees = heures.Item2,
            MontantAutorise = montants.Item1,
            MontantConsomme = montants.Item2,
            MotifRecours = codes.Item1,
            Perimetre = codes.Item2,
            RecoursAnterieur = recours,
        };

    private static readonly Gen<ApConsommation> ApConsommations =
        from siret in ValidSiret
        from id in Text
        from day in Day
        from heures in Gen.Double[0, 1e6]
        from montant in GenAmounts.Between(0, 100_000_000)
        from effectif in Gen.Int[0, 100_000]
        select new ApConsommation
        {
            Siren = siret[..9],
            Siret = siret,
            DeliveredOn = SharedCorpus.DeliveredOn,
            IdDemande = id,
            Mois = Month.From(day),
            HeuresConsommees = heures,
            Montant = montant,
            Effectif = effectif,
        };

    [Fact]
    public void ApDemande_WrittenThenRead_GivesBackTheSameEvents() =>
        ApDemandes.List[0, 20].Sample(events =>
        {
            using var text = new StringWriter();
            var writer = new ApDemandeWriter(text);
            events.ForEach(writer.Write);

            Assert.Equal<FirmEvent>(events, SharedCorpus.ReadBack(new ApDemandeReader(), text.ToString(), ValidationOptions.Strict));
        }, iter: 100);

    [Fact]
    public void ApConsommation_WrittenThenRead_GivesBackTheSameEvents() =>
        ApConsommations.List[0, 20].Sample(events =>
        {
            using var text = new StringWriter();
            var writer = new ApConsommationWriter(text);
            events.ForEach(writer.Write);

            Assert.Equal<FirmEvent>(events, SharedCorpus.ReadBack(new ApConsommationReader(), text.ToString(), ValidationOptions.Strict));
        }, iter: 100);

    [Fact]
    public void ApDemande_EmptyDelivery_IsAReadableFileWithNoLines()
    {
        using var text = new StringWriter();
        _ = new ApDemandeWriter(text);

        Assert.Empty(SharedCorpus.ReadBack(new ApDemandeReader(), text.ToString(), ValidationOptions.Strict));
    }
}
