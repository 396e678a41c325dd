using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;
using static SignauxFaibles.Domain.Tests.Conformance.GoldenTable;

namespace SignauxFaibles.Domain.Tests.Conformance;

/// <summary>Cotisation per establishment and month against the original <c>clean_cotisation</c> view.</summary>
public class CotisationConformanceTests
{
    [Fact]
    public void CotisationDue_PerSiretAndMonth_ReproducesCleanCotisation()
    {
        var histories = Histories.Of(GoldenEvents.Cotisations());
        var actual = new List<(string Siret, Month Periode, decimal Du)>();
        foreach (var history in histories.Values)
        {
            foreach (var siret in history.Cotisations.ToArray().Select(c => c.Siret).Distinct())
            {
                var facts = EstablishmentAggregation.Slice(history.Cotisations, siret).ToArray();
                var first = facts.Min(f => f.PeriodeDebut);
                var length = facts.Max(f => f.PeriodeFin).MonthsSince(first);
                var due = new decimal[length];
                var known = new bool[length];
                CotisationRules.Fill(facts, first, due, known);
                for (var i = 0; i < length; i++)
                {
                    if (known[i])
                    {
                        actual.Add((siret, first.AddMonths(i), due[i]));
                    }
                }
            }
        }

        var golden = Export("clean_cotisation");
        var expected = golden.Rows.Select(r => (
            golden.Get(r, "siret"),
            Month.From(Date(golden.Get(r, "periode"))),
            Decimal(golden.Get(r, "du")))).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(x => x.Item1).ThenBy(x => x.Item2), actual.OrderBy(x => x.Siret).ThenBy(x => x.Periode));
    }
}
