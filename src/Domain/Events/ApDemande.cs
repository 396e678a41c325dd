using Orleans;

namespace SignauxFaibles.Domain.Events;

/// <summary>DGEFP activité partielle: a request (demande d'autorisation) and what was consumed of it so far.</summary>
[GenerateSerializer, Immutable, Alias("sf.ApDemande.v1")]
public sealed record ApDemande : EstablishmentEvent
{
    [Id(0)] public required string IdDemande { get; init; }
    [Id(1)] public int? EffectifEntreprise { get; init; }
    [Id(2)] public int? Effectif { get; init; }
    [Id(3)] public DateOnly? DateStatut { get; init; }
    [Id(4)] public required DateOnly PeriodeDebut { get; init; }
    /// <summary>Last day of the authorised period, inclusive.</summary>
    [Id(5)] public required DateOnly PeriodeFin { get; init; }
    /// <summary>Hours authorised (HTA).</summary>
    [Id(6)] public double HeuresAutorisees { get; init; }
    /// <summary>Amount authorised (MTA), EUR.</summary>
    [Id(7)] public decimal MontantAutorise { get; init; }
    [Id(8)] public int? EffectifAutorise { get; init; }
    /// <summary>Motive 1-5 (1 conjoncture économique, 2 approvisionnement, 3 sinistre/intempéries, 4 transformation/restructuration, 5 autres).</summary>
    [Id(9)] public int? MotifRecours { get; init; }
    /// <summary>Perimeter 1-4 (établissement entier, partie, ...).</summary>
    [Id(10)] public int? Perimetre { get; init; }
    [Id(11)] public double? HeuresConsommees { get; init; }
    [Id(12)] public decimal? MontantConsomme { get; init; }
    [Id(13)] public int? EffectifConsomme { get; init; }
    [Id(14)] public string? RecoursAnterieur { get; init; }
}
