using System.Globalization;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Values the original pipeline derived from a débit line: the identity of its écart négatif and the
/// month its treatment counts for. Kept next to the format because the conformance corpus checks them.
/// </summary>
public static class DebitIdentity
{
    /// <summary>
    /// The écart négatif a débit belongs to, as the original <c>DebitID</c>: SIRET, period start and
    /// exclusive end as <c>yyyyMMdd</c>, then <c>Num_Ecn</c> (e.g. <c>000000000000002017020120170301659</c>).
    /// </summary>
    public static string Id(Debit debit)
    {
        ArgumentNullException.ThrowIfNull(debit);
        return string.Create(CultureInfo.InvariantCulture, $"{debit.Siret}{debit.PeriodeDebut.FirstDay:yyyyMMdd}{debit.PeriodeFin.FirstDay:yyyyMMdd}{debit.NumeroEcartNegatif}");
    }

    /// <summary>The month a treatment counts for: its own month, or the next one when dated after the 20th (domain.md §3).</summary>
    public static Month PeriodePriseEnCompte(DateOnly dateTraitement)
    {
        var m = Month.From(dateTraitement);
        return dateTraitement.Day > 20 ? m.Next : m;
    }
}
