using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// Cotisations (domain.md §3): the amount due for a period is spread evenly over the months of the period,
/// and the cotisation of a month is the sum over the establishments' accounts. A later delivery of the same
/// (siret, compte, period) replaces the earlier one (<see cref="FactMerge"/>).
/// </summary>
public static class CotisationRules
{
    /// <summary>The share of the period's amount that falls in each of its months.</summary>
    public static decimal MonthlyShare(in CotisationFact fact)
    {
        var months = fact.PeriodeFin.Index - fact.PeriodeDebut.Index;
        return months <= 1 ? fact.Du : fact.Du / months;
    }

    /// <summary>
    /// Cotisation due at each month from <paramref name="first"/>; <paramref name="known"/> tells which months
    /// at least one period covers (a month no period covers has no cotisation, which is not the same as 0).
    /// </summary>
    public static void Fill(ReadOnlySpan<CotisationFact> facts, Month first, Span<decimal> due, Span<bool> known)
    {
        due.Clear();
        known.Clear();
        var end = first.Index + due.Length;
        foreach (ref readonly var f in facts)
        {
            var from = Math.Max(f.PeriodeDebut.Index, first.Index);
            var to = Math.Min(f.PeriodeFin.Index, end);
            if (from >= to)
            {
                continue;
            }

            var share = MonthlyShare(f);
            for (var m = from; m < to; m++)
            {
                due[m - first.Index] += share;
                known[m - first.Index] = true;
            }
        }
    }
}
