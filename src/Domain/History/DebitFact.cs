using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// One operation on an URSSAF écart négatif: the debt remaining on the écart after the operation.
/// The écart is (siret, period, numéro d'écart); the key of the operation adds its numéro d'historique and
/// the month it takes effect in (<see cref="Rules.DebtRules.EffectiveMonth"/>). Keeping the effective month in
/// the key makes every retention decision depend on keys only, which keeps the history order-independent
/// even when a correction moves an operation to another month.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.DebitFact.v1")]
public readonly record struct DebitFact : IFact<DebitFact>, IEstablishmentFact
{
    [Id(0)] public required string Siret { get; init; }
    [Id(1)] public required Month PeriodeDebut { get; init; }
    /// <summary>Exclusive end of the period of the écart.</summary>
    [Id(2)] public required Month PeriodeFin { get; init; }
    [Id(3)] public required string NumeroEcart { get; init; }
    [Id(4)] public required int NumeroHistorique { get; init; }
    /// <summary>The month the operation counts for (treatment after the 20th counts for the next month).</summary>
    [Id(5)] public required Month MoisEffet { get; init; }
    /// <summary>Remaining debt, employee share, EUR.</summary>
    [Id(6)] public required decimal PartOuvriere { get; init; }
    /// <summary>Remaining debt, employer share, EUR.</summary>
    [Id(7)] public required decimal PartPatronale { get; init; }
    [Id(8)] public required DateOnly DeliveredOn { get; init; }
    /// <summary>Order of same-day deliveries of the fact (docs/events.md, "Same-day corrections"); 0 when unknown.</summary>
    [Id(9)] public long DeliverySequence { get; init; }

    /// <summary>True when both facts are operations on the same écart.</summary>
    public static bool SameEcart(in DebitFact a, in DebitFact b) =>
        a.PeriodeDebut == b.PeriodeDebut && a.PeriodeFin == b.PeriodeFin
        && string.Equals(a.NumeroEcart, b.NumeroEcart, StringComparison.Ordinal)
        && string.Equals(a.Siret, b.Siret, StringComparison.Ordinal);

    public static int CompareKey(in DebitFact a, in DebitFact b)
    {
        var c = string.CompareOrdinal(a.Siret, b.Siret);
        if (c != 0)
        {
            return c;
        }

        c = a.PeriodeDebut.CompareTo(b.PeriodeDebut);
        if (c != 0)
        {
            return c;
        }

        c = a.PeriodeFin.CompareTo(b.PeriodeFin);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.NumeroEcart, b.NumeroEcart);
        if (c != 0)
        {
            return c;
        }

        c = a.NumeroHistorique.CompareTo(b.NumeroHistorique);
        return c != 0 ? c : a.MoisEffet.CompareTo(b.MoisEffet);
    }

    public static int CompareContent(in DebitFact a, in DebitFact b)
    {
        var c = a.PartOuvriere.CompareTo(b.PartOuvriere);
        return c != 0 ? c : a.PartPatronale.CompareTo(b.PartPatronale);
    }
}
