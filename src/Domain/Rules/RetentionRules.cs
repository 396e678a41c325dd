using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// How much history a firm keeps, and what is dropped beyond it. The window ends at the history's last month
/// (<see cref="HorizonOf"/>, a maximum over events, so the same whatever the arrival order) and spans
/// <see cref="Months"/> months, <see cref="HeadcountMonths"/> for headcounts (the perimeter looks 120 months back).
/// <para>
/// Every drop decision depends only on fact keys and on the window, never on values a correction could change,
/// and is monotone (a fact dropped under a window would be dropped under any later one). So the facts kept are
/// exactly the same whatever the order events arrive in; only facts that cannot influence any month of the
/// window are dropped:
/// cotisations whose whole period is before the window; activité partielle consumptions and headcounts of
/// months before their window; a debt operation when a later operation (higher numéro d'historique) of the
/// same écart is effective by the window's first month; a CCSF month when a later CCSF month is also before
/// the window; a financial statement when two later fiscal years closed by the window's first month.
/// Procédures collectives (the 10-year plan rule), payment plans and activité partielle requests are kept
/// whatever their age: they are few, and their dates are values a correction may change.
/// </para>
/// </summary>
public static class RetentionRules
{
    /// <summary>Months of history kept (the features look back 24 months and average over 12).</summary>
    public const int Months = 48;

    /// <summary>Months of headcount kept (the perimeter rule looks back 120 months).</summary>
    public const int HeadcountMonths = 120;

    public static Month FirstMonth(Month lastMonth) => lastMonth.AddMonths(1 - Months);

    public static Month FirstHeadcountMonth(Month lastMonth) => lastMonth.AddMonths(1 - HeadcountMonths);

    /// <summary>
    /// The month an event's data refer to, capped at its delivery month so that a far-future date (an
    /// authorised period, a typo) cannot push the window forward and drop the whole history.
    /// Null for events that refer to no month (Sirene).
    /// </summary>
    public static Month? HorizonOf(FirmEvent e)
    {
        Month? month = e switch
        {
            Cotisation c => c.PeriodeFin.Previous,
            Debit d => DebtRules.EffectiveMonth(d.DateTraitement),
            Delai d => Month.From(d.DateCreation),
            Ccsf c => Month.From(c.DateTraitement),
            EffectifEtablissement ee => LastOf(ee.Months),
            EffectifEntreprise ee => LastOf(ee.Months),
            ProcedureCollective p => Month.From(p.DateEffet),
            ApDemande a => Month.From(a.PeriodeDebut),
            ApConsommation a => a.Mois,
            EtatsFinanciers f => Month.From(f.DateCloture),
            PaiementsFournisseurs p => p.Mois,
            _ => null,
        };
        return month is { } m ? Month.Min(m, Month.From(e.DeliveredOn)) : null;
    }

    /// <summary>Flags debt operations superseded before <paramref name="first"/> (rows sorted by key).</summary>
    public static void MarkSupersededDebits(ReadOnlySpan<DebitFact> rows, Month first, Span<bool> drop)
    {
        var start = 0;
        while (start < rows.Length)
        {
            var end = start + 1;
            while (end < rows.Length && DebitFact.SameEcart(rows[start], rows[end]))
            {
                end++;
            }

            // Highest numéro d'historique among the écart's operations effective by the window's first month.
            var ceiling = int.MinValue;
            for (var r = start; r < end; r++)
            {
                if (rows[r].MoisEffet <= first && rows[r].NumeroHistorique > ceiling)
                {
                    ceiling = rows[r].NumeroHistorique;
                }
            }

            for (var r = start; r < end; r++)
            {
                drop[r] = rows[r].NumeroHistorique < ceiling;
            }

            start = end;
        }
    }

    /// <summary>Flags statements with two later fiscal years closed by <paramref name="first"/> (sorted by date).</summary>
    public static void MarkSupersededStatements(ReadOnlySpan<StatementFact> statements, Month first, Span<bool> drop)
    {
        DateOnly? latest = null, second = null;
        for (var i = statements.Length - 1; i >= 0; i--)
        {
            var d = statements[i].DateCloture;
            if (Month.From(d) > first || d == latest || d == second)
            {
                continue;
            }

            if (latest is null)
            {
                latest = d;
            }
            else if (second is null)
            {
                second = d;
                break;
            }
        }

        for (var i = 0; i < statements.Length; i++)
        {
            drop[i] = second is { } s && statements[i].DateCloture < s;
        }
    }

    /// <summary>Flags CCSF months before the latest one at or before <paramref name="first"/>.</summary>
    public static void MarkSupersededCcsf(ReadOnlySpan<CcsfFact> months, Month first, Span<bool> drop)
    {
        Month? latest = null;
        foreach (ref readonly var m in months)
        {
            if (m.Mois <= first)
            {
                latest = m.Mois;
            }
        }

        for (var i = 0; i < months.Length; i++)
        {
            drop[i] = latest is { } l && months[i].Mois < l;
        }
    }

    private static Month? LastOf(System.Collections.Immutable.ImmutableArray<MonthlyHeadcount> months)
    {
        if (months.IsDefaultOrEmpty)
        {
            return null;
        }

        var last = months[0].Month;
        foreach (var m in months)
        {
            last = Month.Max(last, m.Month);
        }

        return last;
    }
}
