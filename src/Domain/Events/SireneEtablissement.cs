using Orleans;

namespace SignauxFaibles.Domain.Events;

/// <summary>INSEE Sirene, établissement: location, activity, siège flag, state.</summary>
[GenerateSerializer, Immutable, Alias("sf.SireneEtablissement.v1")]
public sealed record SireneEtablissement : EstablishmentEvent
{
    [Id(0)] public bool Siege { get; init; }
    [Id(1)] public string? Ape { get; init; }
    [Id(2)] public DateOnly? DateCreation { get; init; }
    [Id(3)] public bool EstActif { get; init; }
    /// <summary>Département code ("01".."95", "2A", "2B", "971".."976"), derived from the commune code.</summary>
    [Id(4)] public string? Departement { get; init; }
    [Id(5)] public string? CodeCommune { get; init; }
    [Id(6)] public string? CodePostal { get; init; }
    [Id(7)] public string? Commune { get; init; }
    [Id(8)] public string? NumeroVoie { get; init; }
    [Id(9)] public string? TypeVoie { get; init; }
    [Id(10)] public string? Voie { get; init; }
    [Id(11)] public double? Longitude { get; init; }
    [Id(12)] public double? Latitude { get; init; }
    /// <summary>Country code when the establishment is abroad (then the firm is out of perimeter if it is the siège).</summary>
    [Id(13)] public string? CodePaysEtranger { get; init; }
}
