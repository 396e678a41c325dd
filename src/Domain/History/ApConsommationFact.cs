using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>Hours of activité partielle consumed in one month under one request. Key: (siret, request id, month).</summary>
[GenerateSerializer, Immutable, Alias("sf.ApConsommationFact.v1")]
public readonly record struct ApConsommationFact : IFact<ApConsommationFact>, IEstablishmentFact
{
    [Id(0)] public required string Siret { get; init; }
    [Id(1)] public required string IdDemande { get; init; }
    [Id(2)] public required Month Mois { get; init; }
    [Id(3)] public required double HeuresConsommees { get; init; }
    [Id(4)] public required DateOnly DeliveredOn { get; init; }
    /// <summary>Order of same-day deliveries of the fact (docs/events.md, "Same-day corrections"); 0 when unknown.</summary>
    [Id(5)] public long DeliverySequence { get; init; }

    public static int CompareKey(in ApConsommationFact a, in ApConsommationFact b)
    {
        var c = string.CompareOrdinal(a.Siret, b.Siret);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.IdDemande, b.IdDemande);
        return c != 0 ? c : a.Mois.CompareTo(b.Mois);
    }

    public static int CompareContent(in ApConsommationFact a, in ApConsommationFact b) =>
        FactOrder.Compare(a.HeuresConsommees, b.HeuresConsommees);
}
