using Orleans;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// An URSSAF payment plan (délai). Key: (siret, numéro de contentieux); a later delivery replaces it.
/// Its free-text stage and action are not kept (no feature uses them).
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.DelaiFact.v1")]
public readonly record struct DelaiFact : IFact<DelaiFact>, IEstablishmentFact
{
    [Id(0)] public required string Siret { get; init; }
    [Id(1)] public required string NumeroContentieux { get; init; }
    [Id(2)] public required DateOnly DateCreation { get; init; }
    [Id(3)] public required DateOnly DateEcheance { get; init; }
    /// <summary>Duration of the plan in days.</summary>
    [Id(4)] public required int DureeDelai { get; init; }
    /// <summary>Total amount of the plan, EUR.</summary>
    [Id(5)] public required decimal MontantEcheancier { get; init; }
    [Id(6)] public required DateOnly DeliveredOn { get; init; }
    /// <summary>Order of same-day deliveries of the fact (docs/events.md, "Same-day corrections"); 0 when unknown.</summary>
    [Id(7)] public long DeliverySequence { get; init; }

    public static int CompareKey(in DelaiFact a, in DelaiFact b)
    {
        var c = string.CompareOrdinal(a.Siret, b.Siret);
        return c != 0 ? c : string.CompareOrdinal(a.NumeroContentieux, b.NumeroContentieux);
    }

    public static int CompareContent(in DelaiFact a, in DelaiFact b)
    {
        var c = a.DateCreation.CompareTo(b.DateCreation);
        if (c != 0)
        {
            return c;
        }

        c = a.DateEcheance.CompareTo(b.DateEcheance);
        if (c != 0)
        {
            return c;
        }

        c = a.DureeDelai.CompareTo(b.DureeDelai);
        return c != 0 ? c : a.MontantEcheancier.CompareTo(b.MontantEcheancier);
    }
}
