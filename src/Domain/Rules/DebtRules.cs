using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// URSSAF debt reconstruction (domain.md §3). An écart négatif is (siret, period, numéro d'écart); at month m
/// its remaining debt is the one given by its operation with the highest numéro d'historique among the
/// operations effective by m; an operation treated after the 20th counts for the next month; the debt of an
/// establishment (and of the firm) is the sum over its écarts, and stays as last known until an operation
/// changes it (forward fill).
/// </summary>
public static class DebtRules
{
    /// <summary>Treatments up to this day of the month count for the month itself.</summary>
    public const int LastDayOfTheMonth = 20;

    /// <summary>The month a treatment counts for: 1999-05-05 -> 1999-05, 2005-08-24 -> 2005-09.</summary>
    public static Month EffectiveMonth(DateOnly dateTraitement)
    {
        var month = Month.From(dateTraitement);
        return dateTraitement.Day > LastDayOfTheMonth ? month.Next : month;
    }

    /// <summary>
    /// True when <paramref name="candidate"/> rather than <paramref name="current"/> gives the écart's debt
    /// (both effective): higher numéro d'historique, then later delivery (day, then delivery sequence), then later month, then content.
    /// A total order, so the choice never depends on the order the operations were stored or received in.
    /// </summary>
    public static bool Supersedes(in DebitFact candidate, in DebitFact current)
    {
        var c = candidate.NumeroHistorique.CompareTo(current.NumeroHistorique);
        if (c == 0)
        {
            c = candidate.DeliveredOn.CompareTo(current.DeliveredOn);
        }

        if (c == 0)
        {
            c = candidate.DeliverySequence.CompareTo(current.DeliverySequence);
        }

        if (c == 0)
        {
            c = candidate.MoisEffet.CompareTo(current.MoisEffet);
        }

        if (c == 0)
        {
            c = DebitFact.CompareContent(candidate, current);
        }

        return c > 0;
    }

    /// <summary>Debt parts at one month, summed over every écart of <paramref name="rows"/>.</summary>
    public static (decimal PartOuvriere, decimal PartPatronale) At(ReadOnlySpan<DebitFact> rows, Month month)
    {
        Span<decimal> po = stackalloc decimal[1];
        Span<decimal> pp = stackalloc decimal[1];
        Fill(rows, month, po, pp);
        return (po[0], pp[0]);
    }

    /// <summary>
    /// Debt parts at each month from <paramref name="first"/> (one slot per month of <paramref name="partOuvriere"/>),
    /// summed over every écart of <paramref name="rows"/>, which must be sorted by key (écarts contiguous).
    /// Months before an écart's first effective operation get nothing from it.
    /// </summary>
    public static void Fill(ReadOnlySpan<DebitFact> rows, Month first, Span<decimal> partOuvriere, Span<decimal> partPatronale)
    {
        var length = partOuvriere.Length;
        partOuvriere.Clear();
        partPatronale.Clear();
        Span<int> best = length <= 64 ? stackalloc int[length] : new int[length];
        var start = 0;
        while (start < rows.Length)
        {
            var end = start + 1;
            while (end < rows.Length && DebitFact.SameEcart(rows[start], rows[end]))
            {
                end++;
            }

            best.Fill(-1);
            for (var r = start; r < end; r++)
            {
                var from = Math.Max(0, rows[r].MoisEffet.Index - first.Index);
                for (var i = from; i < length; i++)
                {
                    if (best[i] < 0 || Supersedes(rows[r], rows[best[i]]))
                    {
                        best[i] = r;
                    }
                }
            }

            for (var i = 0; i < length; i++)
            {
                if (best[i] >= 0)
                {
                    partOuvriere[i] += rows[best[i]].PartOuvriere;
                    partPatronale[i] += rows[best[i]].PartPatronale;
                }
            }

            start = end;
        }
    }
}
