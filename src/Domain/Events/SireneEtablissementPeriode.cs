using Orleans;

namespace SignauxFaibles.Domain.Events;

/// <summary>INSEE Sirene history of an établissement: one period of its administrative state.</summary>
[GenerateSerializer, Immutable, Alias("sf.SireneEtablissementPeriode.v1")]
public sealed record SireneEtablissementPeriode : EstablishmentEvent
{
    [Id(0)] public required DateOnly DateDebut { get; init; }
    /// <summary>Last day of the period, inclusive; null for the current period.</summary>
    [Id(1)] public DateOnly? DateFin { get; init; }
    [Id(2)] public bool EstActif { get; init; }
    /// <summary>True when this period starts with a change of administrative state.</summary>
    [Id(3)] public bool ChangementStatutActif { get; init; }
}
