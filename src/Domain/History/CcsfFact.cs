using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// A month in which the firm had a CCSF event (any stage): the only thing the features use
/// (months since the last CCSF). A set: re-deliveries are duplicates.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.CcsfFact.v1")]
public readonly record struct CcsfFact : IFact<CcsfFact>
{
    [Id(0)] public required Month Mois { get; init; }

    public DateOnly DeliveredOn => default;

    public long DeliverySequence => default;

    public static int CompareKey(in CcsfFact a, in CcsfFact b) => a.Mois.CompareTo(b.Mois);

    public static int CompareContent(in CcsfFact a, in CcsfFact b) => 0;
}
