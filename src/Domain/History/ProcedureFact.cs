using Orleans;
using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// A judgment of a procédure collective. The whole fact is its key (a set: re-deliveries are duplicates);
/// the establishment the URSSAF line named is not kept, judgments concern the firm.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.ProcedureFact.v1")]
public readonly record struct ProcedureFact : IFact<ProcedureFact>
{
    [Id(0)] public required DateOnly DateEffet { get; init; }
    [Id(1)] public required ProcolAction Action { get; init; }
    [Id(2)] public required ProcolStade Stade { get; init; }

    /// <summary>Judgments form a set: the delivery day is not part of what is kept.</summary>
    public DateOnly DeliveredOn => default;

    public long DeliverySequence => default;

    public static int CompareKey(in ProcedureFact a, in ProcedureFact b)
    {
        var c = a.DateEffet.CompareTo(b.DateEffet);
        if (c != 0)
        {
            return c;
        }

        c = a.Action.CompareTo(b.Action);
        return c != 0 ? c : a.Stade.CompareTo(b.Stade);
    }

    public static int CompareContent(in ProcedureFact a, in ProcedureFact b) => 0;
}
