using static SignauxFaibles.Domain.Tests.Conformance.GoldenTable;

namespace SignauxFaibles.Domain.Tests.Conformance;

/// <summary>Payment plans against the original <c>clean_delai</c> view (a plain copy of the parsed rows).</summary>
public class DelaiConformanceTests
{
    [Fact]
    public void Delais_KeptPlans_ReproduceCleanDelai()
    {
        var actual = Histories.Of(GoldenEvents.Delais()).Values
            .SelectMany(h => h.Delais.ToArray())
            .Select(d => (d.Siret, d.DateCreation, d.DateEcheance, d.DureeDelai, d.MontantEcheancier))
            .OrderBy(x => x.Siret).ToList();
        var golden = Export("clean_delai");
        var expected = golden.Rows.Select(r => (
            golden.Get(r, "siret"),
            Date(golden.Get(r, "date_creation")),
            Date(golden.Get(r, "date_echeance")),
            Int(golden.Get(r, "duree_delai")),
            Decimal(golden.Get(r, "montant_echeancier")))).OrderBy(x => x.Item1).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }
}
