using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;
using static SignauxFaibles.Domain.Tests.Conformance.GoldenTable;

namespace SignauxFaibles.Domain.Tests.Conformance;

/// <summary>Debt reconstruction against the original <c>clean_debit</c> view.</summary>
public class DebtConformanceTests
{
    [Fact]
    public void EffectiveMonth_EveryCorpusRow_MatchesPeriodePriseEnCompte()
    {
        var t = Import("debit");
        Assert.NotEmpty(t.Rows);
        foreach (var r in t.Rows)
        {
            Assert.Equal(Month.From(Date(t.Get(r, "période_prise_en_compte"))), DebtRules.EffectiveMonth(Date(t.Get(r, "date_traitement"))));
        }
    }

    [Fact]
    public void DebtParts_PerSiretAndEffectiveMonth_ReproduceCleanDebit()
    {
        var histories = Histories.Of(GoldenEvents.Debits());
        var actual = new List<(string Siret, Month Periode, decimal Po, decimal Pp, bool IsLast)>();
        foreach (var history in histories.Values)
        {
            foreach (var siret in history.Debits.ToArray().Select(d => d.Siret).Distinct())
            {
                var rows = EstablishmentAggregation.Slice(history.Debits, siret).ToArray();
                var months = rows.Select(r => r.MoisEffet).Distinct().OrderBy(m => m).ToList();
                foreach (var m in months)
                {
                    var (po, pp) = DebtRules.At(rows, m);
                    actual.Add((siret, m, po, pp, m == months[^1]));
                }
            }
        }

        var golden = Export("clean_debit");
        var expected = golden.Rows.Select(r => (
            golden.Get(r, "siret"),
            Month.From(Date(golden.Get(r, "periode"))),
            Decimal(golden.Get(r, "part_ouvriere")),
            Decimal(golden.Get(r, "part_patronale")),
            golden.Get(r, "is_last") == "true")).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(x => x.Item1).ThenBy(x => x.Item2), actual.OrderBy(x => x.Siret).ThenBy(x => x.Periode));
    }
}
