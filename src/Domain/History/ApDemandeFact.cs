using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// An activité partielle request: the months it covers and the hours authorised. Key: (siret, request id);
/// a later delivery (the DGEFP stock file is re-delivered every month) replaces it.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.ApDemandeFact.v1")]
public readonly record struct ApDemandeFact : IFact<ApDemandeFact>, IEstablishmentFact
{
    [Id(0)] public required string Siret { get; init; }
    [Id(1)] public required string IdDemande { get; init; }
    /// <summary>First month of the authorised period.</summary>
    [Id(2)] public required Month MoisDebut { get; init; }
    /// <summary>Last month of the authorised period, inclusive.</summary>
    [Id(3)] public required Month MoisFin { get; init; }
    [Id(4)] public required double HeuresAutorisees { get; init; }
    /// <summary>Motive 1-5, 0 when unknown.</summary>
    [Id(5)] public required int MotifRecours { get; init; }
    [Id(6)] public required DateOnly DeliveredOn { get; init; }
    /// <summary>Order of same-day deliveries of the fact (docs/events.md, "Same-day corrections"); 0 when unknown.</summary>
    [Id(7)] public long DeliverySequence { get; init; }

    public static int CompareKey(in ApDemandeFact a, in ApDemandeFact b)
    {
        var c = string.CompareOrdinal(a.Siret, b.Siret);
        return c != 0 ? c : string.CompareOrdinal(a.IdDemande, b.IdDemande);
    }

    public static int CompareContent(in ApDemandeFact a, in ApDemandeFact b)
    {
        var c = a.MoisDebut.CompareTo(b.MoisDebut);
        if (c != 0)
        {
            return c;
        }

        c = a.MoisFin.CompareTo(b.MoisFin);
        if (c != 0)
        {
            return c;
        }

        c = FactOrder.Compare(a.HeuresAutorisees, b.HeuresAutorisees);
        return c != 0 ? c : a.MotifRecours.CompareTo(b.MotifRecours);
    }
}
