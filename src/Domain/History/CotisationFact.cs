using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// The cotisation due on one URSSAF account for one period. Key: (siret, compte, period); a later delivery of
/// the same key is a correction and replaces it. What the features do not use (amount collected) is not kept.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.CotisationFact.v1")]
public readonly record struct CotisationFact : IFact<CotisationFact>, IEstablishmentFact
{
    [Id(0)] public required string Siret { get; init; }
    [Id(1)] public required string Compte { get; init; }
    [Id(2)] public required Month PeriodeDebut { get; init; }
    /// <summary>Exclusive end of the period.</summary>
    [Id(3)] public required Month PeriodeFin { get; init; }
    /// <summary>Amount due for the whole period, EUR.</summary>
    [Id(4)] public required decimal Du { get; init; }
    [Id(5)] public required DateOnly DeliveredOn { get; init; }
    /// <summary>Order of same-day deliveries of the fact (docs/events.md, "Same-day corrections"); 0 when unknown.</summary>
    [Id(6)] public long DeliverySequence { get; init; }

    public static int CompareKey(in CotisationFact a, in CotisationFact b)
    {
        var c = string.CompareOrdinal(a.Siret, b.Siret);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Compte, b.Compte);
        if (c != 0)
        {
            return c;
        }

        c = a.PeriodeDebut.CompareTo(b.PeriodeDebut);
        return c != 0 ? c : a.PeriodeFin.CompareTo(b.PeriodeFin);
    }

    public static int CompareContent(in CotisationFact a, in CotisationFact b) => a.Du.CompareTo(b.Du);
}
