using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Events;

/// <summary>DGEFP activité partielle: hours, amount and headcount consumed in one month under one request.</summary>
[GenerateSerializer, Immutable, Alias("sf.ApConsommation.v1")]
public sealed record ApConsommation : EstablishmentEvent
{
    [Id(0)] public required string IdDemande { get; init; }
    [Id(1)] public required Month Mois { get; init; }
    [Id(2)] public double HeuresConsommees { get; init; }
    [Id(3)] public decimal Montant { get; init; }
    [Id(4)] public int Effectif { get; init; }
}
