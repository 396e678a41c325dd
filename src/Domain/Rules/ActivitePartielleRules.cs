using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// Activité partielle (domain.md §3). Full-time equivalents are hours / 151.67 per month. A request's
/// authorised hours are spread evenly over the calendar months of its period, from the month of its first
/// day to the month of its last day (a request of 1,200 hours from 15 November to 14 January counts 400
/// hours in each of November, December and January); a consumption is already monthly and counts in its
/// month. Establishments are summed. docs/conformance-rules.md says how this differs from the original's
/// clean view, which counts the whole authorised hours in every month.
/// </summary>
public static class ActivitePartielleRules
{
    /// <summary>Monthly hours of a full-time job (35 h x 52 / 12).</summary>
    public const double HeuresMensuellesTempsPlein = 151.67;

    /// <summary>Full-time equivalents of a number of hours in a month.</summary>
    public static double Etp(double heures) => heures / HeuresMensuellesTempsPlein;

    public static bool Covers(in ApDemandeFact demande, Month month) => month >= demande.MoisDebut && month <= demande.MoisFin;

    /// <summary>Calendar months of a request's period, at least 1 (an inverted period counts as its first month).</summary>
    public static int MonthsOf(in ApDemandeFact demande) => Math.Max(1, demande.MoisFin.Index - demande.MoisDebut.Index + 1);

    /// <summary>The share of a request's authorised hours that falls in each month of its period.</summary>
    public static double HeuresAutoriseesParMois(in ApDemandeFact demande) => demande.HeuresAutorisees / MonthsOf(demande);

    /// <summary>Hours authorised at <paramref name="month"/>: each covering request's monthly share, summed.</summary>
    public static double HeuresAutorisees(ReadOnlySpan<ApDemandeFact> demandes, Month month)
    {
        var total = 0.0;
        foreach (ref readonly var d in demandes)
        {
            if (Covers(d, month))
            {
                total += HeuresAutoriseesParMois(d);
            }
        }

        return total;
    }

    /// <summary>Authorised full-time equivalents at <paramref name="month"/>: each covering request's monthly share, in ETP.</summary>
    public static double EtpAutorise(ReadOnlySpan<ApDemandeFact> demandes, Month month)
    {
        var total = 0.0;
        foreach (ref readonly var d in demandes)
        {
            if (Covers(d, month))
            {
                total += Etp(HeuresAutoriseesParMois(d));
            }
        }

        return total;
    }

    /// <summary>Consumed full-time equivalents at <paramref name="month"/>: the sum of each consumption's.</summary>
    public static double EtpConsomme(ReadOnlySpan<ApConsommationFact> consommations, Month month)
    {
        var total = 0.0;
        foreach (ref readonly var c in consommations)
        {
            if (c.Mois == month)
            {
                total += Etp(c.HeuresConsommees);
            }
        }

        return total;
    }

    /// <summary>Hours consumed at each month from <paramref name="first"/>.</summary>
    public static void FillHeuresConsommees(ReadOnlySpan<ApConsommationFact> consommations, Month first, Span<double> heures)
    {
        heures.Clear();
        foreach (ref readonly var c in consommations)
        {
            var i = c.Mois.Index - first.Index;
            if ((uint)i < (uint)heures.Length)
            {
                heures[i] += c.HeuresConsommees;
            }
        }
    }

    /// <summary>True when a request covers at least one month of [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static bool AnyRequest(ReadOnlySpan<ApDemandeFact> demandes, Month from, Month to)
    {
        foreach (ref readonly var d in demandes)
        {
            if (d.MoisDebut <= to && d.MoisFin >= from)
            {
                return true;
            }
        }

        return false;
    }
}
