using Orleans;

namespace SignauxFaibles.Domain.History;

/// <summary>What the history keeps of the Sirene unité légale (one register, the latest delivery wins).</summary>
[GenerateSerializer, Immutable, Alias("sf.SireneUniteLegaleFact.v1")]
public readonly record struct SireneUniteLegaleFact : IFact<SireneUniteLegaleFact>
{
    /// <summary>Dénomination, or "prénom nom" for a natural person.</summary>
    [Id(0)] public required string RaisonSociale { get; init; }
    [Id(1)] public string? CategorieJuridique { get; init; }
    [Id(2)] public string? Ape { get; init; }
    [Id(3)] public DateOnly? DateCreation { get; init; }
    [Id(4)] public bool EstActif { get; init; }
    [Id(5)] public string? NicSiege { get; init; }
    [Id(6)] public required DateOnly DeliveredOn { get; init; }
    /// <summary>Order of same-day deliveries of the fact (docs/events.md, "Same-day corrections"); 0 when unknown.</summary>
    [Id(7)] public long DeliverySequence { get; init; }

    public static int CompareKey(in SireneUniteLegaleFact a, in SireneUniteLegaleFact b) => 0;

    public static int CompareContent(in SireneUniteLegaleFact a, in SireneUniteLegaleFact b)
    {
        var c = FactOrder.Compare(a.RaisonSociale, b.RaisonSociale);
        if (c != 0)
        {
            return c;
        }

        c = FactOrder.Compare(a.CategorieJuridique, b.CategorieJuridique);
        if (c != 0)
        {
            return c;
        }

        c = FactOrder.Compare(a.Ape, b.Ape);
        if (c != 0)
        {
            return c;
        }

        c = FactOrder.Compare(a.DateCreation, b.DateCreation);
        if (c != 0)
        {
            return c;
        }

        c = FactOrder.Compare(a.EstActif, b.EstActif);
        return c != 0 ? c : FactOrder.Compare(a.NicSiege, b.NicSiege);
    }
}
