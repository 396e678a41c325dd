using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;
using static SignauxFaibles.Domain.Tests.Conformance.GoldenTable;

namespace SignauxFaibles.Domain.Tests.Conformance;

/// <summary>Headcounts against the original <c>clean_effectif_ent</c> view and the establishment headcounts.</summary>
public class HeadcountConformanceTests
{
    private static Dictionary<string, FirmHistory> Build() =>
        Histories.Of(GoldenEvents.EffectifsEntreprise().Cast<FirmEvent>().Concat(GoldenEvents.EffectifsEtablissement()));

    [Fact]
    public void FirmHeadcount_FirmLevelMonths_ReproduceCleanEffectifEnt()
    {
        var histories = Build();
        var golden = Export("clean_effectif_ent");
        Assert.NotEmpty(golden.Rows);
        foreach (var r in golden.Rows)
        {
            var history = histories[golden.Get(r, "siren")];
            var month = Month.From(Date(golden.Get(r, "periode")));
            var headcount = HeadcountRules.FirmAt(history, month);

            // The firm-level value wins over the establishments' sum (2010-04: 0 for the firm, 801 for its only establishment).
            Assert.Equal(Int(golden.Get(r, "effectif_ent")), headcount.Value);
            Assert.True(headcount.Reported);
            Assert.Equal(golden.Get(r, "is_latest") == "true", month == history.EffectifEntrepriseSeries!.LastMonth);
        }
    }

    [Fact]
    public void EstablishmentHeadcount_EveryParsedCell_IsKept()
    {
        var histories = Build();
        var t = Import("effectif");
        Assert.NotEmpty(t.Rows);
        foreach (var r in t.Rows)
        {
            var siret = t.Get(r, "siret");
            Assert.True(HeadcountRules.TryEstablishmentAt(histories[siret[..9]], siret, Month.From(Date(t.Get(r, "période"))), out var value));
            Assert.Equal(Int(t.Get(r, "effectif")), value);
        }
    }
}
