using Orleans;

namespace SignauxFaibles.Domain.Events;

/// <summary>URSSAF CCSF: an event of a multi-creditor payment plan (commission des chefs des services financiers).</summary>
[GenerateSerializer, Immutable, Alias("sf.Ccsf.v1")]
public sealed record Ccsf : EstablishmentEvent
{
    [Id(0)] public required string Compte { get; init; }
    [Id(1)] public required DateOnly DateTraitement { get; init; }
    /// <summary>Stage: DEBUT, REFUS, APPROB, FIN or REJ.</summary>
    [Id(2)] public required string Stade { get; init; }
    [Id(3)] public string Action { get; init; } = "CCSF";
}
