using CsCheck;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Suppliers;
using SignauxFaibles.Formats.Tests.Support;

namespace SignauxFaibles.Formats.Tests.Suppliers;

/// <summary>Writer then reader gives back the same records, for any valid records (property test).</summary>
public class PaiementsFournisseursRoundTripTests
{
    private static readonly Gen<PaiementsFournisseurs> Records =
        from siren in Gen.Int[0, 99_999_999].Select(s => Siren.Complete(s.ToString("D8", null)))
        from month in Gen.Int[Month.Of(2000, 1).Index, Month.Of(2030, 12).Index].Select(i => new Month(i))
        from count in Gen.Int[0, 5_000]
        from total in GenAmounts.Between(0, 1_000_000_000)
        from delay in Gen.Int[-36_500, 36_500].Select(d => d / 10m)
        from fpi30 in Gen.Int[0, 1000].Select(f => f / 1000m)
        from fpi90Share in Gen.Int[0, 1000].Select(f => f / 1000m)
        select new PaiementsFournisseurs
        {
            Siren = siren,
            DeliveredOn = SharedCorpus.DeliveredOn,
            Mois = month,
            NombreFactures = count,
            MontantFactures = total,
            RetardMoyenJours = delay,
            Fpi30 = fpi30,
            Fpi90 = Math.Round(fpi30 * fpi90Share, 3, MidpointRounding.ToZero),
            MontantRetard30 = Math.Round(total * fpi30, 2, MidpointRounding.ToZero),
            MontantRetard90 = Math.Round(total * fpi30 * fpi90Share, 2, MidpointRounding.ToZero),
        };

    [Fact]
    public void Records_WrittenThenRead_GiveBackTheSameEvents() =>
        Records.List[0, 20].Sample(events =>
        {
            using var text = new StringWriter();
            var writer = new PaiementsFournisseursWriter(text);
            events.ForEach(writer.Write);

            Assert.Equal<FirmEvent>(events, SharedCorpus.ReadBack(new PaiementsFournisseursReader(), text.ToString(), ValidationOptions.Strict));
        });
}
