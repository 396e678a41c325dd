using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// Activité partielle (domain.md §3). Full-time equivalents are hours / 151.67. A request counts in every
/// month from the month of its first day to the month of its last day, each month with its whole authorised
/// hours (as the original clean view does); a consumption counts in its month. Establishments are summed.
/// </summary>
public static class ActivitePartielleRules
{
    /// <summary>Monthly hours of a full-time job (35 h x 52 / 12).</summary>
    public const double HeuresMensuellesTempsPlein = 151.67;

    /// <summary>Full-time equivalents of a number of hours in a month.</summary>
    public static double Etp(double heures) => heures / HeuresMensuellesTempsPlein;

    public static bool Covers(in ApDemandeFact demande, Month month) => month >= demande.MoisDebut && month <= demande.MoisFin;

    /// <summary>Hours authorised by the requests covering <paramref name="month"/>.</summary>
    public static double HeuresAutorisees(ReadOnlySpan<ApDemandeFact> demandes, Month month)
    {
        var total = 0.0;
        foreach (ref readonly var d in demandes)
        {
            if (Covers(d, month))
            {
                total += d.HeuresAutorisees;
            }
        }

        return total;
    }

    /// <summary>Authorised full-time equivalents at <paramref name="month"/>: the sum of each covering request's.</summary>
    public static double EtpAutorise(ReadOnlySpan<ApDemandeFact> demandes, Month month)
    {
        var total = 0.0;
        foreach (ref readonly var d in demandes)
        {
            if (Covers(d, month))
            {
                total += Etp(d.HeuresAutorisees);
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
