using Orleans;

namespace SignauxFaibles.Domain.Events;

/// <summary>URSSAF délai: a payment plan (échéancier) granted on a debt.</summary>
[GenerateSerializer, Immutable, Alias("sf.Delai.v1")]
public sealed record Delai : EstablishmentEvent
{
    [Id(0)] public required string Compte { get; init; }
    /// <summary>Identifier of the plan (numéro de structure / contentieux).</summary>
    [Id(1)] public required string NumeroContentieux { get; init; }
    [Id(2)] public required DateOnly DateCreation { get; init; }
    [Id(3)] public required DateOnly DateEcheance { get; init; }
    /// <summary>Duration of the plan in days.</summary>
    [Id(4)] public int DureeDelai { get; init; }
    [Id(5)] public string? Denomination { get; init; }
    [Id(6)] public string? Indic6M { get; init; }
    [Id(7)] public int? AnneeCreation { get; init; }
    /// <summary>Total amount of the plan, EUR.</summary>
    [Id(8)] public decimal MontantEcheancier { get; init; }
    [Id(9)] public string? Stade { get; init; }
    [Id(10)] public string? Action { get; init; }
}
