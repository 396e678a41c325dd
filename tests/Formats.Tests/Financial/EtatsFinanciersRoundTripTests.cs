using CsCheck;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Financial;
using SignauxFaibles.Formats.Tests.Support;

namespace SignauxFaibles.Formats.Tests.Financial;

/// <summary>Writer then reader gives back the same statements, for any valid statements (property test).</summary>
public class EtatsFinanciersRoundTripTests
{
    private static readonly Gen<decimal?> Figure = GenAmounts.Between(-10_000_000_000, 10_000_000_000).Nullable(0.3);

    private static readonly Gen<EtatsFinanciers> Statements =
        from siren in Gen.Int[0, 99_999_999].Select(s => Siren.Complete(s.ToString("D8", null)))
        from cloture in Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2030, 12, 31)]
        from duree in Gen.Int[1, 36]
        from source in Gen.OneOfConst("bdf", "diane", "dgfip", "inpi", "sim", "", "a;b \"c\"")
        from f in Figure.Array[20]
        from effectif in Gen.Int[0, 1_000_000].Nullable()
        select new EtatsFinanciers
        {
            Siren = siren,
            DeliveredOn = SharedCorpus.DeliveredOn,
            DateCloture = cloture,
            DureeExerciceMois = duree,
            Source = source,
            ChiffreAffaires = f[0],
            ExcedentBrutExploitation = f[1],
            ResultatExploitation = f[2],
            ValeurAjoutee = f[3],
            ChargesPersonnel = f[4],
            CapitauxPropres = f[5],
            Dettes = f[6],
            BesoinFondsRoulement = f[7],
            Tresorerie = f[8],
            FraisFinanciers = f[9],
            CapaciteAutofinancement = f[10],
            DettesFinancieres = f[11],
            DettesFournisseurs = f[12],
            CreancesClients = f[13],
            Achats = f[14],
            ActifCirculant = f[15],
            DettesCourtTerme = f[16],
            TotalBilan = f[17],
            FondsRoulementNetGlobal = f[18],
            ResultatNet = f[19],
            Effectif = effectif,
        };

    [Fact]
    public void Statements_WrittenThenRead_GiveBackTheSameEvents() =>
        Statements.List[0, 20].Sample(events =>
        {
            using var text = new StringWriter();
            var writer = new EtatsFinanciersWriter(text);
            events.ForEach(writer.Write);

            Assert.Equal<FirmEvent>(events, SharedCorpus.ReadBack(new EtatsFinanciersReader(), text.ToString(), ValidationOptions.Strict));
        }, iter: 100);
}
