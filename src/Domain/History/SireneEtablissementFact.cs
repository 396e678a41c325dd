using Orleans;

namespace SignauxFaibles.Domain.History;

/// <summary>What the history keeps of a Sirene établissement (key: siret; the latest delivery wins).</summary>
[GenerateSerializer, Immutable, Alias("sf.SireneEtablissementFact.v1")]
public readonly record struct SireneEtablissementFact : IFact<SireneEtablissementFact>, IEstablishmentFact
{
    [Id(0)] public required string Siret { get; init; }
    [Id(1)] public bool Siege { get; init; }
    [Id(2)] public string? Ape { get; init; }
    [Id(3)] public DateOnly? DateCreation { get; init; }
    [Id(4)] public bool EstActif { get; init; }
    [Id(5)] public string? Departement { get; init; }
    /// <summary>Country code when the establishment is abroad.</summary>
    [Id(6)] public string? CodePaysEtranger { get; init; }
    [Id(7)] public required DateOnly DeliveredOn { get; init; }
    /// <summary>Order of same-day deliveries of the fact (docs/events.md, "Same-day corrections"); 0 when unknown.</summary>
    [Id(8)] public long DeliverySequence { get; init; }

    public static int CompareKey(in SireneEtablissementFact a, in SireneEtablissementFact b) => string.CompareOrdinal(a.Siret, b.Siret);

    public static int CompareContent(in SireneEtablissementFact a, in SireneEtablissementFact b)
    {
        var c = FactOrder.Compare(a.Siege, b.Siege);
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
        if (c != 0)
        {
            return c;
        }

        c = FactOrder.Compare(a.Departement, b.Departement);
        return c != 0 ? c : FactOrder.Compare(a.CodePaysEtranger, b.CodePaysEtranger);
    }
}
